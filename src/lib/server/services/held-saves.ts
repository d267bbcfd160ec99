/**
 * A save posted after the session expired (with or without JavaScript) is held on the server under a random
 * token kept in an HttpOnly cookie of that browser, and applied once the person has signed in again.
 */
import { randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { heldSaves } from '../db/schema';
import { hashToken } from '../auth/session';
import { config } from '../config';

export const HELD_COOKIE = 'sansang_held';
const HOLD_MS = 24 * 3600_000;

export interface HeldAnswers {
	kind: 'answers';
	assessmentId: number;
	source: string;
	/** Raw answers as posted (validated when applied, as the signed-in person). */
	answers: Record<string, unknown>[];
}

/** Answers that met a newer version when the held save was applied: shown once on the page to resolve. */
export interface HeldConflicts {
	kind: 'conflicts';
	assessmentId: number;
	source: string;
	conflicts: { questionCode: string; mine: unknown; current: unknown }[];
}

export type HeldPayload = HeldAnswers | HeldConflicts;

export async function holdSave(db: Db, cookies: Cookies, path: string, payload: HeldPayload, at = new Date()): Promise<void> {
	const token = randomBytes(20).toString('base64url');
	db.delete(heldSaves).where(lt(heldSaves.createdAt, new Date(at.getTime() - HOLD_MS))).run();
	db.insert(heldSaves).values({ id: hashToken(token), path, payload: JSON.stringify(payload), createdAt: at }).run();
	cookies.set(HELD_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: HOLD_MS / 1000 });
}

/** Takes (and deletes) the save held for this browser, if any. */
export async function takeHeldSave(db: Db, cookies: Cookies): Promise<{ path: string; payload: HeldPayload } | null> {
	const token = cookies.get(HELD_COOKIE);
	if (!token) return null;
	cookies.delete(HELD_COOKIE, { path: '/' });
	const id = hashToken(token);
	const row = db.select().from(heldSaves).where(eq(heldSaves.id, id)).get();
	if (!row) return null;
	db.delete(heldSaves).where(eq(heldSaves.id, id)).run();
	if (Date.now() - row.createdAt.getTime() > HOLD_MS) return null;
	return { path: row.path, payload: JSON.parse(row.payload) as HeldPayload };
}
