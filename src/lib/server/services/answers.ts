/**
 * Saving answers: permission, validation against the pinned framework, optimistic concurrency (a save
 * based on an old version is refused with both values), idempotent retries (client ids), the implicit
 * "start"/"resume" transition, the audit row and the refreshed score — all in one transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import { createHash } from 'node:crypto';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { answers, assessments, nationalAnswers, roundAssessors, saveReceipts, statusEvents, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { loadAssessmentContextSync, setAssessmentStatus, type AssessmentContext } from '../repositories/assessments';
import { getFramework, getFrameworkSync } from '../repositories/frameworks';
import { inGroupCommit } from './group-commit';
import { factsOf, toActor } from './assessment-access';
import { refreshScore } from './scores';
import { assessmentPermissions, type AssessmentStatus } from '$lib/domain/access';
import { allowedRatings, type AnswerSave } from '$lib/domain/validation/answers';
import { appliesToKind, findQuestion } from '$lib/domain/frameworks/model';
import type { Framework } from '$lib/domain/frameworks/schema';
import { DomainError } from './errors';

export interface AnswerValues {
	rating: string | null;
	naReason: string | null;
	comment: string | null;
}

export interface AnswerSnapshot extends AnswerValues {
	version: number;
	updatedBy: string | null;
	updatedAt: string | null;
}

export type SaveOutcome =
	| {
			status: 'saved';
			questionCode: string;
			source: string;
			version: number;
			answer: AnswerValues;
			assessmentStatus: string;
			/** In a blind round, the self-rating the assessor may now see. */
			selfRating?: AnswerValues | null;
	  }
	| { status: 'unchanged'; questionCode: string; source: string; version: number }
	| { status: 'conflict'; questionCode: string; source: string; mine: AnswerValues; current: AnswerSnapshot };

/** Short fingerprint of an answer's values, used by the page form to tell untouched answers apart. */
export function answerHash(v: AnswerValues): string {
	return createHash('sha256')
		.update(JSON.stringify([v.rating ?? null, v.naReason ?? null, v.comment ?? null]))
		.digest('base64url')
		.slice(0, 12);
}

const sameValues = (a: AnswerValues, b: AnswerValues) =>
	(a.rating ?? null) === (b.rating ?? null) && (a.naReason ?? null) === (b.naReason ?? null) && (a.comment ?? null) === (b.comment ?? null);

function userName(tx: DbOrTx, id: number | null): string | null {
	if (id === null) return null;
	return tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

function checkWritable(ctx: AssessmentContext, user: AuthedUser, source: string) {
	const p = assessmentPermissions(toActor(user), factsOf(ctx, user));
	const allowed = source === 'self' ? p.writeSelf : source === 'assessor' ? p.writeAssessor : source === 'final' ? p.writeFinal : false;
	if (!allowed) throw new DomainError('error_not_allowed_to_save', '_form', 403);
}

function checkQuestion(fw: Framework, ctx: AssessmentContext, save: AnswerSave) {
	const q = findQuestion(fw, save.questionCode);
	if (!q || !appliesToKind(q, ctx.organisation.kind)) throw new DomainError('error_unknown_question', save.questionCode, 400, { code: save.questionCode });
	if (q.scope === 'national') throw new DomainError('error_national_question_read_only', save.questionCode, 400, { code: save.questionCode });
	if (save.rating !== null && !allowedRatings(fw).includes(save.rating))
		throw new DomainError('error_rating_not_allowed', save.questionCode, 400, { code: save.questionCode });
}

/** Applies one validated save inside a transaction. */
function applySave(tx: DbOrTx, ctx: AssessmentContext, user: AuthedUser, save: AnswerSave, at: Date): SaveOutcome {
	checkWritable(ctx, user, save.source);
	checkQuestion(ctx.framework, ctx, save);
	const mine: AnswerValues = { rating: save.rating, naReason: save.rating === 'na' ? save.naReason : null, comment: save.comment };
	const key = and(
		eq(answers.assessmentId, ctx.assessment.id),
		eq(answers.questionCode, save.questionCode),
		eq(answers.source, save.source)
	);
	const current = tx.select().from(answers).where(key).get();
	const currentVersion = current?.version ?? 0;
	const currentValues: AnswerValues = { rating: current?.rating ?? null, naReason: current?.naReason ?? null, comment: current?.comment ?? null };
	if (sameValues(mine, currentValues)) return { status: 'unchanged', questionCode: save.questionCode, source: save.source, version: currentVersion };
	if (save.baseVersion !== currentVersion) {
		return {
			status: 'conflict',
			questionCode: save.questionCode,
			source: save.source,
			mine,
			current: {
				...currentValues,
				version: currentVersion,
				updatedBy: userName(tx, current?.updatedBy ?? null),
				updatedAt: current ? current.updatedAt.toISOString() : null
			}
		};
	}
	const version = currentVersion + 1;
	if (current) {
		tx.update(answers).set({ ...mine, version, carriedOver: false, updatedBy: user.id, updatedAt: at }).where(key).run();
	} else {
		tx.insert(answers)
			.values({ assessmentId: ctx.assessment.id, questionCode: save.questionCode, source: save.source, ...mine, version, updatedBy: user.id, updatedAt: at })
			.run();
	}
	writeAudit(
		tx,
		{
			userId: user.id,
			entity: 'answer',
			entityId: `${ctx.assessment.id}:${save.questionCode}:${save.source}`,
			action: current ? 'update' : 'create',
			organisationId: ctx.assessment.organisationId,
			before: current ? currentValues : null,
			after: mine
		},
		at
	);
	let status = ctx.assessment.status as AssessmentStatus;
	if (save.source === 'self' && (status === 'not_started' || status === 'returned')) {
		const to: AssessmentStatus = 'in_progress';
		setAssessmentStatus(tx, ctx.assessment.id, to, at);
		tx.insert(statusEvents).values({ assessmentId: ctx.assessment.id, fromStatus: status, toStatus: to, userId: user.id, at }).run();
		writeAudit(tx, { userId: user.id, entity: 'assessment', entityId: ctx.assessment.id, action: status === 'returned' ? 'resume' : 'start', organisationId: ctx.assessment.organisationId, before: { status }, after: { status: to } }, at);
		ctx.assessment.status = to;
		status = to;
	}
	let selfRating: AnswerValues | null | undefined;
	if (save.source === 'assessor' && ctx.round.mode !== 'interview_only') {
		const self = tx
			.select({ rating: answers.rating, naReason: answers.naReason, comment: answers.comment })
			.from(answers)
			.where(and(eq(answers.assessmentId, ctx.assessment.id), eq(answers.questionCode, save.questionCode), eq(answers.source, 'self')))
			.get();
		selfRating = self ?? null;
	}
	return { status: 'saved', questionCode: save.questionCode, source: save.source, version, answer: mine, assessmentStatus: status, selfRating };
}

function frameworkLoader(fw: Framework) {
	return (id: string) => {
		if (id !== fw.id) throw new Error(`unexpected framework ${id}`);
		return fw;
	};
}

async function frameworkOfAssessment(db: Db, assessmentId: number): Promise<Framework> {
	const row = db.select({ frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.id, assessmentId)).get();
	if (!row) throw new DomainError('error_404', '_form', 404);
	const fw = await getFramework(db, row.frameworkId);
	if (!fw) throw new Error(`framework ${row.frameworkId} missing`);
	return fw;
}

/**
 * Saves one answer (autosave). A retried save with the same client id returns the first outcome and
 * changes nothing. Saves arriving together share one commit (`group-commit.ts`); each is acknowledged only
 * once that commit is on disk, and the assessment's score is refreshed once per commit. Someone who may not
 * read the assessment gets the same 404 as for one that does not exist.
 */
export function saveAnswer(db: Db, user: AuthedUser, assessmentId: number, save: AnswerSave, at = new Date()): Promise<SaveOutcome> {
	return inGroupCommit(db, (tx, defer) => {
		if (save.clientId) {
			const receipt = tx.select().from(saveReceipts).where(eq(saveReceipts.clientId, save.clientId)).get();
			if (receipt) {
				if (receipt.userId !== user.id) throw new DomainError('error_invalid_value', '_form', 400);
				return JSON.parse(receipt.response) as SaveOutcome;
			}
		}
		const ctx = loadAssessmentContextSync(tx, assessmentId, (id) => {
			const fw = getFrameworkSync(tx, id);
			if (!fw) throw new Error(`framework ${id} missing`);
			return fw;
		});
		if (!ctx || ctx.round.status === 'draft' || !assessmentPermissions(toActor(user), factsOf(ctx, user)).read) throw new DomainError('error_404', '_form', 404);
		const outcome = applySave(tx, ctx, user, save, at);
		if (outcome.status === 'saved') defer(`score:${assessmentId}`, (t) => refreshScore(t, assessmentId, ctx.framework, at));
		if (save.clientId) tx.insert(saveReceipts).values({ clientId: save.clientId, userId: user.id, response: JSON.stringify(outcome), createdAt: at }).run();
		return outcome;
	});
}

/**
 * Saves every changed answer of a page at once (the no-JavaScript save button, an uploaded workbook).
 * `afterApply` runs inside the same transaction (e.g. to audit the upload as a whole).
 */
export async function saveAnswers(
	db: Db,
	user: AuthedUser,
	assessmentId: number,
	saves: AnswerSave[],
	at = new Date(),
	afterApply?: (tx: DbOrTx, outcomes: SaveOutcome[]) => void
): Promise<SaveOutcome[]> {
	const fw = await frameworkOfAssessment(db, assessmentId);
	return db.transaction((tx) => {
		const ctx = loadAssessmentContextSync(tx, assessmentId, frameworkLoader(fw));
		if (!ctx || ctx.round.status === 'draft') throw new DomainError('error_404', '_form', 404);
		const outcomes = saves.map((save) => applySave(tx, ctx, user, save, at));
		if (outcomes.some((o) => o.status === 'saved')) refreshScore(tx, assessmentId, fw, at);
		afterApply?.(tx, outcomes);
		return outcomes;
	});
}

// ---------------------------------------------------------------- national answers

export type NationalSaveOutcome =
	| { status: 'saved'; version: number }
	| { status: 'unchanged'; version: number }
	| { status: 'conflict'; mine: AnswerValues; current: AnswerSnapshot };

/**
 * National questions are answered once per round and framework by the assessors (or the committee), and
 * read by every assessment of the round: all their scores are refreshed.
 */
export async function saveNationalAnswer(
	db: Db,
	user: AuthedUser,
	roundId: number,
	frameworkId: string,
	save: { questionCode: string; rating: string | null; comment: string | null; baseVersion: number },
	at = new Date()
): Promise<NationalSaveOutcome> {
	if (user.role !== 'assessor' && user.role !== 'committee') throw new DomainError('error_not_allowed_to_save', '_form', 403);
	const fw = await getFramework(db, frameworkId);
	if (!fw) throw new DomainError('error_404', '_form', 404);
	const q = findQuestion(fw, save.questionCode);
	if (!q || q.scope !== 'national') throw new DomainError('error_unknown_question', save.questionCode, 400, { code: save.questionCode });
	if (save.rating !== null && !allowedRatings(fw).includes(save.rating)) throw new DomainError('error_rating_not_allowed', save.questionCode, 400, { code: save.questionCode });
	return db.transaction((tx) => {
		const roundAssessments = tx
			.select({ id: assessments.id, status: assessments.status })
			.from(assessments)
			.where(and(eq(assessments.roundId, roundId), eq(assessments.frameworkId, frameworkId)))
			.all();
		if (roundAssessments.length === 0) throw new DomainError('error_404', '_form', 404);
		// Once any assessment of the round is validated, national answers are the committee's to change.
		const locked = roundAssessments.some((a) => a.status === 'validated' || a.status === 'published');
		if (locked && user.role !== 'committee') throw new DomainError('error_not_allowed_to_save', '_form', 403);
		if (user.role === 'assessor') {
			const assigned = tx
				.select({ userId: roundAssessors.userId })
				.from(roundAssessors)
				.where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.userId, user.id)))
				.get();
			if (!assigned) throw new DomainError('error_not_allowed_to_save', '_form', 403);
		}
		const key = and(eq(nationalAnswers.roundId, roundId), eq(nationalAnswers.frameworkId, frameworkId), eq(nationalAnswers.questionCode, save.questionCode));
		const current = tx.select().from(nationalAnswers).where(key).get();
		const currentValues: AnswerValues = { rating: current?.rating ?? null, naReason: null, comment: current?.comment ?? null };
		const mine: AnswerValues = { rating: save.rating, naReason: null, comment: save.comment };
		const currentVersion = current?.version ?? 0;
		if (sameValues(mine, currentValues)) return { status: 'unchanged', version: currentVersion };
		if (save.baseVersion !== currentVersion)
			return {
				status: 'conflict',
				mine,
				current: { ...currentValues, version: currentVersion, updatedBy: userName(tx, current?.updatedBy ?? null), updatedAt: current?.updatedAt.toISOString() ?? null }
			};
		const version = currentVersion + 1;
		if (current) tx.update(nationalAnswers).set({ rating: save.rating, comment: save.comment, version, updatedBy: user.id, updatedAt: at }).where(key).run();
		else tx.insert(nationalAnswers).values({ roundId, frameworkId, questionCode: save.questionCode, rating: save.rating, comment: save.comment, version, updatedBy: user.id, updatedAt: at }).run();
		writeAudit(tx, { userId: user.id, entity: 'national_answer', entityId: `${roundId}:${frameworkId}:${save.questionCode}`, action: current ? 'update' : 'create', before: current ? currentValues : null, after: mine }, at);
		for (const a of roundAssessments) refreshScore(tx, a.id, fw, at);
		return { status: 'saved', version };
	});
}

const nationalAnswersOfRound = preparedQuery((db) =>
	db
		.select()
		.from(nationalAnswers)
		.where(and(eq(nationalAnswers.roundId, sql.placeholder('round')), eq(nationalAnswers.frameworkId, sql.placeholder('framework'))))
		.prepare()
);

export function nationalAnswersOf(tx: DbOrTx, roundId: number, frameworkId: string) {
	return nationalAnswersOfRound(tx).all({ round: roundId, framework: frameworkId });
}
