/**
 * Labels for coded values (roles, kinds, regions…) through paraglide, kept as explicit switches so the
 * message functions stay typed and tree-shakeable.
 */
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/domain/text';

export const locale = (): Locale => getLocale() as Locale;

export function roleLabel(role: string, isLead = false): string {
	switch (role) {
		case 'admin':
			return m.role_admin();
		case 'committee':
			return m.role_committee();
		case 'assessor':
			return m.role_assessor();
		case 'respondent':
			return isLead ? m.role_respondent_lead() : m.role_respondent();
		default:
			return role;
	}
}

export function importanceLabel(importance: string | null): string {
	switch (importance) {
		case 'very_high':
			return m.importance_very_high();
		case 'high':
			return m.importance_high();
		case 'medium_high':
			return m.importance_medium_high();
		case 'medium':
			return m.importance_medium();
		default:
			return m.framework_importance_none();
	}
}

/** Label of an OD rating (colour, GREY, N/A). */
export function colourLabel(rating: string | null): string {
	switch (rating) {
		case 'green':
			return m.colour_green();
		case 'yellow_green':
			return m.colour_yellow_green();
		case 'yellow':
			return m.colour_yellow();
		case 'red_yellow':
			return m.colour_red_yellow();
		case 'red':
			return m.colour_red();
		case 'grey':
			return m.colour_grey();
		case 'na':
			return m.colour_na();
		default:
			return '—';
	}
}

export function frameworkKindLabel(kind: string): string {
	return kind === 'dg' ? m.framework_kind_dg() : m.framework_kind_od();
}

export function stakeholderLabel(category: string): string {
	switch (category) {
		case 'whole_of_government':
			return m.stakeholder_whole_of_government();
		case 'data_holder':
			return m.stakeholder_data_holder();
		default:
			return m.stakeholder_user_civil_society();
	}
}

export function polarityLabel(polarity: string): string {
	switch (polarity) {
		case '+':
			return m.polarity_plus();
		case '-':
			return m.polarity_minus();
		default:
			return m.polarity_mixed();
	}
}

export function sourceLabel(source: string): string {
	switch (source) {
		case 'self':
			return m.source_self();
		case 'assessor':
			return m.source_assessor();
		default:
			return m.source_final();
	}
}

export function confidenceLabel(confidence: string): string {
	switch (confidence) {
		case 'documented':
			return m.confidence_documented();
		case 'interview_only':
			return m.confidence_interview_only();
		default:
			return m.confidence_none();
	}
}

export function ratingLabel(rating: string | null): string {
	if (rating === null) return '—';
	if (/^[1-4]$/.test(rating)) return m.level_n({ level: rating });
	if (rating === 'dont_know') return m.level_dont_know();
	if (rating === 'na') return m.level_na();
	return colourLabel(rating);
}

export function statusLabel(status: string): string {
	switch (status) {
		case 'not_started':
			return m.status_not_started();
		case 'in_progress':
			return m.status_in_progress();
		case 'submitted':
			return m.status_submitted();
		case 'in_review':
			return m.status_in_review();
		case 'returned':
			return m.status_returned();
		case 'validated':
			return m.status_validated();
		case 'published':
			return m.status_published();
		default:
			return status;
	}
}

export function roundStatusLabel(status: string): string {
	switch (status) {
		case 'draft':
			return m.round_status_draft();
		case 'open':
			return m.round_status_open();
		case 'closed':
			return m.round_status_closed();
		case 'published':
			return m.round_status_published();
		default:
			return status;
	}
}

/*
 * The other labels live in their own module so that a page carries only the messages it uses: a bundle
 * chunk holds whole modules, and every message named in one module travels with it (BUDGETS.md W1).
 */
export * from './i18n-labels';
