/**
 * Labels for values shown on fewer pages (see `i18n.ts`, which re-exports them).
 */
import { m } from '$lib/paraglide/messages';

export function kindLabel(kind: string): string {
	switch (kind) {
		case 'ministry':
			return m.kind_ministry();
		case 'ministerial_agency':
			return m.kind_ministerial_agency();
		case 'government_agency':
			return m.kind_government_agency();
		case 'province':
			return m.kind_province();
		case 'city':
			return m.kind_city();
		default:
			return kind;
	}
}

export function regionLabel(region: string | null): string {
	switch (region) {
		case 'northern_midlands_mountains':
			return m.region_northern_midlands_mountains();
		case 'red_river_delta':
			return m.region_red_river_delta();
		case 'north_central_coast':
			return m.region_north_central_coast();
		case 'central_highlands':
			return m.region_central_highlands();
		case 'southeast':
			return m.region_southeast();
		case 'mekong_delta':
			return m.region_mekong_delta();
		default:
			return m.region_none();
	}
}

export function linkKindLabel(kind: string): string {
	switch (kind) {
		case 'merged':
			return m.organisations_link_merged();
		case 'absorbed':
			return m.organisations_link_absorbed();
		default:
			return m.organisations_link_continued();
	}
}

export function scopeLabel(scope: string): string {
	return scope === 'national' ? m.scope_national() : m.scope_organisation();
}

export function modeLabel(mode: string): string {
	return mode === 'interview_only' ? m.mode_interview_only() : m.mode_self_then_validation();
}

export function requestStatusLabel(status: string): string {
	switch (status) {
		case 'received':
			return m.request_status_received();
		case 'missing':
			return m.request_status_missing();
		default:
			return m.request_status_requested();
	}
}

export function feasibilityLabel(level: string): string {
	switch (level) {
		case 'high':
			return m.feasibility_high();
		case 'medium':
			return m.feasibility_medium();
		default:
			return m.feasibility_low();
	}
}

export function priorityLabel(priority: string): string {
	switch (priority) {
		case 'quick_win':
			return m.priority_quick_win();
		case 'medium_term':
			return m.priority_medium_term();
		default:
			return m.priority_longer_term();
	}
}

/** Label of any rating value of either framework. */
export function coreIssueLabel(status: string): string {
	switch (status) {
		case 'met':
			return m.core_met();
		case 'partly':
			return m.core_partly();
		case 'not_met':
			return m.core_not_met();
		case 'unknown':
			return m.core_unknown();
		default:
			return m.core_na();
	}
}

export function transitionLabel(name: string): string {
	switch (name) {
		case 'submit':
			return m.transition_submit();
		case 'start_review':
			return m.transition_start_review();
		case 'start_interview_review':
			return m.transition_start_interview_review();
		case 'return':
			return m.transition_return();
		case 'validate':
			return m.transition_validate();
		case 'publish':
			return m.transition_publish();
		case 'reopen':
			return m.transition_reopen();
		case 'reopen_review':
			return m.transition_reopen_review();
		default:
			return name;
	}
}

export function evidenceKindLabel(kind: string): string {
	switch (kind) {
		case 'document':
			return m.evidence_kind_document();
		case 'link':
			return m.evidence_kind_link();
		case 'interview':
			return m.evidence_kind_interview();
		default:
			return m.evidence_kind_fact_sheet();
	}
}
