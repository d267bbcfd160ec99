/**
 * After signing in: apply the save held while the session had expired, and say where to go next (the page
 * it came from, with the number of answers saved). Answers that met a newer version are held again as
 * conflicts for that page to show once.
 */
import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { asAuthedUser } from '../auth/guards';
import { holdSave, takeHeldSave } from './held-saves';
import { applyHeldAnswers } from './page-save';
import { DomainError } from './errors';

export async function resumeHeldSave(db: Db, cookies: Cookies, userId: number): Promise<string | null> {
	const held = await takeHeldSave(db, cookies);
	if (!held || held.payload.kind !== 'answers') return null;
	const row = db.select().from(users).where(eq(users.id, userId)).get();
	if (!row) return null;
	try {
		const result = await applyHeldAnswers(db, asAuthedUser(row), held.payload);
		if (result.conflicts.length) {
			await holdSave(db, cookies, held.path, {
				kind: 'conflicts',
				assessmentId: held.payload.assessmentId,
				source: held.payload.source,
				conflicts: result.conflicts.map((c) => ({ questionCode: c.questionCode, mine: c.mine, current: c.current }))
			});
		}
		return `${held.path}?heldSaved=${result.saved}`;
	} catch (e) {
		// Signed in as someone who may not write there: the held save is dropped, the page says why.
		if (e instanceof DomainError) return held.path;
		throw e;
	}
}
