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

export function scopeLabel(scope: string): string {
	return scope === 'national' ? m.scope_national() : m.scope_organisation();
}

export function frameworkKindLabel(kind: string): string {
	return kind === 'dg' ? m.framework_kind_dg() : m.framework_kind_od();
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

export function modeLabel(mode: string): string {
	return mode === 'interview_only' ? m.mode_interview_only() : m.mode_self_then_validation();
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

export function ratingLabel(rating: string | null): string {
	if (rating === null) return '—';
	if (/^[1-4]$/.test(rating)) return m.level_n({ level: rating });
	if (rating === 'dont_know') return m.level_dont_know();
	if (rating === 'na') return m.level_na();
	return colourLabel(rating);
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

const auditEntityLabels: Record<string, () => string> = {
	answer: m.audit_entity_answer,
	assessment: m.audit_entity_assessment,
	backup: m.audit_entity_backup,
	comment: m.audit_entity_comment,
	dimension_assessment: m.audit_entity_dimension_assessment,
	evidence: m.audit_entity_evidence,
	fact_sheet: m.audit_entity_fact_sheet,
	framework: m.audit_entity_framework,
	information_request: m.audit_entity_information_request,
	interview: m.audit_entity_interview,
	national_answer: m.audit_entity_national_answer,
	organisation: m.audit_entity_organisation,
	round: m.audit_entity_round,
	report: m.audit_entity_report,
	report_item: m.audit_entity_report_item,
	round_assessors: m.audit_entity_round_assessors,
	session: m.audit_entity_session,
	user: m.audit_entity_user
};

/** What an audit entry is about (the code itself for an entity without a label). */
export function auditEntityLabel(entity: string): string {
	return auditEntityLabels[entity]?.() ?? entity;
}

const auditActionLabels: Record<string, () => string> = {
	create: m.audit_action_create,
	update: m.audit_action_update,
	sign_in: m.audit_action_sign_in,
	download: m.audit_action_download,
	disable: m.audit_action_disable,
	enable: m.audit_action_enable,
	reset_password: m.audit_action_reset_password,
	rename: m.audit_action_rename,
	close: m.audit_action_close,
	merge: m.audit_action_merge,
	deadlines: m.audit_action_deadlines,
	assign: m.audit_action_assign,
	open: m.audit_action_open,
	start: m.audit_action_start,
	resume: m.audit_action_resume,
	carry_over_final: m.audit_action_carry_over_final,
	add_document: m.audit_action_add_document,
	add_link: m.audit_action_add_link,
	cite_interview: m.audit_action_cite_interview,
	link: m.audit_action_link,
	import: m.audit_action_import,
	register: m.audit_action_register,
	refresh: m.audit_action_refresh,
	delete: m.audit_action_delete,
	freeze: m.audit_action_freeze,
	move_up: m.audit_action_move_up,
	move_down: m.audit_action_move_down,
	workbook_upload: m.audit_action_workbook_upload
};

/** What was done, for an entity: workflow transitions keep their button names. */
export function auditActionLabel(entity: string, action: string): string {
	if (entity === 'assessment' && action !== 'start' && action !== 'resume' && action !== 'carry_over_final') {
		const label = transitionLabel(action);
		if (label !== action) return label;
	}
	if (entity === 'round' && action === 'publish') return m.transition_publish();
	if (entity === 'round' && action === 'reopen') return m.transition_reopen();
	return auditActionLabels[action]?.() ?? action;
}
