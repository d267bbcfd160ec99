/**
 * Moving an assessment through its workflow. Each transition is checked against the rules in
 * $lib/domain/workflow, runs in one transaction with everything it implies (copying assessor ratings into
 * final ones at validation, freezing a snapshot at publication), and records who, when and why.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { answers, assessments, comments, dimensionAssessments, snapshots, statusEvents } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { answersOf, loadAssessmentContextSync, setAssessmentStatus, type AssessmentContext } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { factsOf } from './assessment-access';
import { refreshScore } from './scores';
import { buildSnapshot } from './snapshots';
import { mailAfterCommit, notifyTransition } from './notifications';
import { checkTransition, type TransitionName } from '$lib/domain/workflow';
import type { AssessmentStatus } from '$lib/domain/access';
import { progress, askedQuestions } from '$lib/domain/progress';
import type { AnyQuestion, AnySection } from '$lib/domain/frameworks/model';
import { normaliseText } from '$lib/domain/text';
import { DomainError } from './errors';

export interface TransitionResult {
	from: AssessmentStatus;
	to: AssessmentStatus;
	snapshotVersion?: number;
}

/** Test hook: lets a test make a transition fail half-way, to prove nothing is left half-written (R4). */
export type FailPoint = (step: string) => void;

const refusalKey: Record<string, string> = {
	unknown: 'error_invalid_value',
	wrong_state: 'error_transition_wrong_state',
	wrong_role: 'error_not_allowed',
	not_lead: 'error_submit_lead_only',
	wrong_mode: 'error_transition_wrong_state',
	not_assigned: 'error_not_allowed'
};

/** Questions of the organisation (not national) that a source has not yet answered completely. */
export function missingAnswers(ctx: AssessmentContext, rows: ReturnType<typeof answersOf>, source: string): string[] {
	const map = new Map(rows.filter((r) => r.source === source).map((r) => [r.questionCode, r]));
	return progress(ctx.framework, ctx.organisation.kind, map).missing;
}

function checkValidation(tx: DbOrTx, ctx: AssessmentContext) {
	const rows = answersOf(tx, ctx.assessment.id, ['assessor']);
	const byCode = new Map(rows.map((r) => [r.questionCode, r]));
	// The assessor must have rated every question asked of the organisation (N/A, GREY or don't know count).
	const missing = (ctx.framework.sections as AnySection[])
		.flatMap((s) => askedQuestions(s, ctx.organisation.kind))
		.filter((q: AnyQuestion) => !byCode.get(q.code)?.rating)
		.map((q) => q.code);
	if (missing.length) throw new DomainError('error_validate_missing', '_form', 422, { codes: missing.join(', '), count: missing.length });
	if (ctx.framework.kind === 'od') {
		const dims = tx
			.select()
			.from(dimensionAssessments)
			.where(and(eq(dimensionAssessments.assessmentId, ctx.assessment.id), eq(dimensionAssessments.source, 'assessor')))
			.all();
		const unconfirmed = ctx.framework.sections.map((d) => d.code).filter((code) => !dims.find((d) => d.dimensionCode === code)?.colour);
		if (unconfirmed.length) throw new DomainError('error_validate_dimensions', '_form', 422, { codes: unconfirmed.join(', ') });
	}
}

/** At validation the assessor's ratings become the final ones, marked as carried over. */
function carryOver(tx: DbOrTx, ctx: AssessmentContext, user: AuthedUser, at: Date) {
	for (const a of answersOf(tx, ctx.assessment.id, ['assessor'])) {
		const key = and(eq(answers.assessmentId, ctx.assessment.id), eq(answers.questionCode, a.questionCode), eq(answers.source, 'final'));
		const existing = tx.select({ version: answers.version }).from(answers).where(key).get();
		const values = { rating: a.rating, naReason: a.naReason, comment: a.comment, carriedOver: true, updatedBy: user.id, updatedAt: at };
		if (existing) tx.update(answers).set({ ...values, version: existing.version + 1 }).where(key).run();
		else tx.insert(answers).values({ assessmentId: ctx.assessment.id, questionCode: a.questionCode, source: 'final', ...values, version: 1 }).run();
	}
	if (ctx.framework.kind === 'od') {
		const assessorDims = tx
			.select()
			.from(dimensionAssessments)
			.where(and(eq(dimensionAssessments.assessmentId, ctx.assessment.id), eq(dimensionAssessments.source, 'assessor')))
			.all();
		for (const d of assessorDims) {
			const key = and(eq(dimensionAssessments.assessmentId, ctx.assessment.id), eq(dimensionAssessments.dimensionCode, d.dimensionCode), eq(dimensionAssessments.source, 'final'));
			const existing = tx.select({ version: dimensionAssessments.version }).from(dimensionAssessments).where(key).get();
			const values = {
				coreIssues: d.coreIssues,
				redTriggers: d.redTriggers,
				colour: d.colour,
				override: d.override,
				justification: d.justification,
				carriedOver: true,
				updatedBy: user.id,
				updatedAt: at
			};
			if (existing) tx.update(dimensionAssessments).set({ ...values, version: existing.version + 1 }).where(key).run();
			else tx.insert(dimensionAssessments).values({ assessmentId: ctx.assessment.id, dimensionCode: d.dimensionCode, source: 'final', ...values, version: 1 }).run();
		}
	}
	writeAudit(tx, { userId: user.id, entity: 'assessment', entityId: ctx.assessment.id, action: 'carry_over_final', organisationId: ctx.assessment.organisationId }, at);
}

function checkPublishable(tx: DbOrTx, ctx: AssessmentContext) {
	if (ctx.framework.kind !== 'od') return;
	const finals = tx
		.select()
		.from(dimensionAssessments)
		.where(and(eq(dimensionAssessments.assessmentId, ctx.assessment.id), eq(dimensionAssessments.source, 'final')))
		.all();
	const missing = ctx.framework.sections.map((d) => d.code).filter((code) => !finals.find((d) => d.dimensionCode === code)?.colour);
	if (missing.length) throw new DomainError('error_publish_needs_colours', '_form', 422, { codes: missing.join(', ') });
}

export async function transitionAssessment(
	db: Db,
	user: AuthedUser,
	assessmentId: number,
	name: TransitionName | string,
	rawComment: string | null,
	options: { at?: Date; failPoint?: FailPoint } = {}
): Promise<TransitionResult> {
	const at = options.at ?? new Date();
	const fail = options.failPoint ?? (() => {});
	const row = db.select({ frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.id, assessmentId)).get();
	if (!row) throw new DomainError('error_404', '_form', 404);
	const fw = await getFramework(db, row.frameworkId);
	if (!fw) throw new Error(`framework ${row.frameworkId} missing`);
	const comment = rawComment ? normaliseText(rawComment, { multiline: true }).slice(0, 5000) || null : null;

	const { result, notified } = db.transaction((tx) => {
		const ctx = loadAssessmentContextSync(tx, assessmentId, () => fw);
		if (!ctx || ctx.round.status === 'draft') throw new DomainError('error_404', '_form', 404);
		const from = ctx.assessment.status as AssessmentStatus;
		const facts = factsOf(ctx, user);
		const involved = user.role === 'respondent' ? user.organisationId === facts.organisationId : user.role === 'assessor' ? facts.assigned : true;
		const check = checkTransition(name, from, { role: user.role, isLead: user.isLead, involved }, ctx.round.mode as 'self_then_validation' | 'interview_only');
		if (!check.ok) throw new DomainError(refusalKey[check.reason], '_form', check.reason === 'wrong_state' || check.reason === 'wrong_mode' ? 409 : 403);
		const t = check.transition;
		if (t.commentRequired && !comment) throw new DomainError('error_comment_required', 'comment');

		let snapshotVersion: number | undefined;
		if (t.name === 'submit') {
			const missing = missingAnswers(ctx, answersOf(tx, assessmentId, ['self']), 'self');
			if (missing.length) throw new DomainError('error_submit_missing', '_form', 422, { codes: missing.join(', '), count: missing.length });
		}
		if (t.name === 'validate') {
			checkValidation(tx, ctx);
			carryOver(tx, ctx, user, at);
			fail('after_carry_over');
		}
		if (t.name === 'publish') {
			checkPublishable(tx, ctx);
			const result = refreshScore(tx, assessmentId, fw, at);
			const last = tx
				.select({ v: sql<number>`max(${snapshots.snapshotVersion})` })
				.from(snapshots)
				.where(eq(snapshots.assessmentId, assessmentId))
				.get()?.v ?? 0;
			if (last > 0 && !comment) throw new DomainError('error_correction_note_required', 'comment');
			snapshotVersion = last + 1;
			fail('before_snapshot');
			tx.insert(snapshots)
				.values({
					assessmentId,
					roundId: ctx.round.id,
					organisationId: ctx.assessment.organisationId,
					frameworkId: fw.id,
					snapshotVersion,
					publishedAt: at,
					publishedBy: user.id,
					correctionNote: last > 0 ? comment : null,
					algorithmVersion: result.algorithmVersion,
					data: JSON.stringify(buildSnapshot(tx, ctx, result, at))
				})
				.run();
		}
		setAssessmentStatus(tx, assessmentId, t.to, at);
		tx.insert(statusEvents).values({ assessmentId, fromStatus: from, toStatus: t.to, userId: user.id, at, comment }).run();
		if (t.name === 'return' && comment) tx.insert(comments).values({ assessmentId, questionCode: null, userId: user.id, kind: 'return', body: comment, createdAt: at }).run();
		fail('before_audit');
		writeAudit(tx, { userId: user.id, entity: 'assessment', entityId: assessmentId, action: t.name, organisationId: ctx.assessment.organisationId, before: { status: from }, after: { status: t.to, comment, snapshotVersion } }, at);
		if (t.name === 'validate') refreshScore(tx, assessmentId, fw, at);
		// The people it concerns hear of it in the same transaction: a refused or failed transition tells nobody.
		const notified = notifyTransition(tx, ctx, t.name, user, { comment, snapshotVersion }, at);
		return { result: { from, to: t.to, snapshotVersion } satisfies TransitionResult, notified };
	});
	mailAfterCommit(db, notified);
	return result;
}

/** Who did what to an assessment, oldest first. */
export function statusHistory(tx: DbOrTx, assessmentId: number) {
	return tx.select().from(statusEvents).where(eq(statusEvents.assessmentId, assessmentId)).all();
}
