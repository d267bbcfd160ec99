/**
 * Labels and hints of the fact-sheet fields, as explicit switches so the message functions stay typed.
 */
import { m } from '$lib/paraglide/messages';
import type { FactSheetField } from '$lib/domain/fact-sheets';

export function factSheetFieldLabel(field: FactSheetField): string {
	switch (field) {
		case 'owner':
			return m.factsheets_field_owner();
		case 'manager':
			return m.factsheets_field_manager();
		case 'description':
			return m.factsheets_field_description();
		case 'digitalForm':
			return m.factsheets_field_digital_form();
		case 'formats':
			return m.factsheets_field_formats();
		case 'granularity':
			return m.factsheets_field_granularity();
		case 'updateFrequency':
			return m.factsheets_field_update_frequency();
		case 'historyDepth':
			return m.factsheets_field_history_depth();
		case 'accessTerms':
			return m.factsheets_field_access_terms();
		case 'cost':
			return m.factsheets_field_cost();
		case 'restrictions':
			return m.factsheets_field_restrictions();
		case 'governingLaw':
			return m.factsheets_field_governing_law();
		case 'benefits':
			return m.factsheets_field_benefits();
		case 'risks':
			return m.factsheets_field_risks();
	}
}

export function factSheetFieldHint(field: FactSheetField): string {
	switch (field) {
		case 'owner':
			return m.factsheets_hint_owner();
		case 'manager':
			return m.factsheets_hint_manager();
		case 'description':
			return m.factsheets_hint_description();
		case 'digitalForm':
			return m.factsheets_hint_digital_form();
		case 'formats':
			return m.factsheets_hint_formats();
		case 'granularity':
			return m.factsheets_hint_granularity();
		case 'updateFrequency':
			return m.factsheets_hint_update_frequency();
		case 'historyDepth':
			return m.factsheets_hint_history_depth();
		case 'accessTerms':
			return m.factsheets_hint_access_terms();
		case 'cost':
			return m.factsheets_hint_cost();
		case 'restrictions':
			return m.factsheets_hint_restrictions();
		case 'governingLaw':
			return m.factsheets_hint_governing_law();
		case 'benefits':
			return m.factsheets_hint_benefits();
		case 'risks':
			return m.factsheets_hint_risks();
	}
}

export function feasibilityGroundLabel(ground: 'policy' | 'technical' | 'institutional'): string {
	return ground === 'policy' ? m.factsheets_feasibility_policy() : ground === 'technical' ? m.factsheets_feasibility_technical() : m.factsheets_feasibility_institutional();
}

export function feasibilityGroundHint(ground: 'policy' | 'technical' | 'institutional'): string {
	return ground === 'policy' ? m.factsheets_feasibility_policy_hint() : ground === 'technical' ? m.factsheets_feasibility_technical_hint() : m.factsheets_feasibility_institutional_hint();
}
