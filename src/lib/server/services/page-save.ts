/**
 * Saving a questionnaire page posted as a plain form: only the answers the person changed (their
 * fingerprint differs from the one the page was rendered with) are saved; conflicts come back with both
 * values. Also applies a save held across an expired session.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { answerHash, saveAnswers, type SaveOutcome } from './answers';
import { issuesToErrors } from '../forms';
import { answerSaveSchema, answersFromForm, type AnswerSave } from '$lib/domain/validation/answers';
import type { HeldAnswers } from './held-saves';

export interface PageSaveResult {
	saved: number;
	conflicts: Extract<SaveOutcome, { status: 'conflict' }>[];
	/** Translated messages per field name (`comment.DG-1.1`…). */
	errors: Record<string, string>;
}

async function applyEntries(db: Db, user: AuthedUser, assessmentId: number, entries: Record<string, unknown>[]): Promise<PageSaveResult> {
	const saves: AnswerSave[] = [];
	const errors: Record<string, string> = {};
	for (const entry of entries) {
		const parsed = answerSaveSchema.safeParse(entry);
		if (!parsed.success) {
			for (const [field, message] of Object.entries(issuesToErrors(parsed.error.issues))) errors[`${field}.${String(entry.questionCode)}`] = message;
			continue;
		}
		const save = parsed.data;
		// Untouched answers are skipped: saving them would report conflicts over changes the person never made.
		const values = { rating: save.rating, naReason: save.rating === 'na' ? save.naReason : null, comment: save.comment };
		if (typeof entry.hash === 'string' && answerHash(values) === entry.hash) continue;
		saves.push(save);
	}
	if (Object.keys(errors).length) return { saved: 0, conflicts: [], errors };
	const outcomes = saves.length ? await saveAnswers(db, user, assessmentId, saves) : [];
	return {
		saved: outcomes.filter((o) => o.status === 'saved').length,
		conflicts: outcomes.filter((o): o is Extract<SaveOutcome, { status: 'conflict' }> => o.status === 'conflict'),
		errors
	};
}

export async function applyPageSave(db: Db, user: AuthedUser, assessmentId: number, source: string, form: Record<string, unknown>): Promise<PageSaveResult> {
	const entries = answersFromForm(form, source).map((e) => ({ ...e, hash: form[`hash.${e.questionCode}`] }));
	return applyEntries(db, user, assessmentId, entries);
}

/** Applies a save that was held while the session had expired, as the person now signed in. */
export async function applyHeldAnswers(db: Db, user: AuthedUser, held: HeldAnswers): Promise<PageSaveResult> {
	return applyEntries(db, user, held.assessmentId, held.answers.map((a) => ({ ...a, source: held.source })));
}
