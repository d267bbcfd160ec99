/**
 * Signing in: rate limits per account and per address, argon2id verification (also for unknown accounts,
 * so timing reveals nothing), a fresh session token on success.
 */
import type { Db } from '../db';
import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { createSession, type SessionInfo } from '../auth/session';
import { clearAccountFailures, recordSignInFailure, signInLimit, slowDownMs } from '../auth/rate-limit';
import { getUserByEmail } from '../repositories/users';
import { writeAudit } from '../audit';

export type SignInResult =
	| { kind: 'ok'; token: string; session: SessionInfo; userId: number }
	| { kind: 'failed' }
	| { kind: 'limited'; retryAfterSeconds: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signIn(db: Db, email: string, password: string, address: string): Promise<SignInResult> {
	const limit = await signInLimit(db, email, address);
	if (limit.limited) return { kind: 'limited', retryAfterSeconds: limit.retryAfterSeconds };
	const user = await getUserByEmail(db, email);
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
	if (!user || !valid || user.disabled) {
		await recordSignInFailure(db, email, address);
		await sleep(slowDownMs(limit.accountFailures + 1));
		return { kind: 'failed' };
	}
	await clearAccountFailures(db, email);
	const { token, session } = await createSession(db, user.id);
	writeAudit(db, { userId: user.id, entity: 'session', entityId: user.id, action: 'sign_in', organisationId: user.organisationId });
	return { kind: 'ok', token, session, userId: user.id };
}
