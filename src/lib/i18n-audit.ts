/**
 * Labels of audit entries, for the audit log and an assessment's history only. Kept out of `i18n.ts`:
 * a bundle chunk holds whole modules, so every message these tables name travelled with `i18n.ts` into
 * every page, the questionnaire included (BUDGETS.md W1; docs/performance.md).
 */
import { m } from '$lib/paraglide/messages';
import { transitionLabel } from '$lib/i18n';

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
