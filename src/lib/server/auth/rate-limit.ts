/**
 * Failed sign-ins are counted per account and per network address inside a sliding window; past the limit
 * the sign-in is refused with 429 until the window has moved on. Counts live in the database so that a
 * restart does not reset them.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { authFailures } from '../db/schema';
import { config } from '../config';

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;

function count(db: Db, key: string, since: Date): number {
	const row = db
		.select({ n: sql<number>`count(*)` })
		.from(authFailures)
		.where(and(eq(authFailures.key, key), gte(authFailures.at, since)))
		.get();
	return row?.n ?? 0;
}

export interface LimitState {
	limited: boolean;
	/** Seconds until the oldest counted failure leaves the window. */
	retryAfterSeconds: number;
	/** Failures counted for the account, used to slow answers down before the hard limit. */
	accountFailures: number;
}

export async function signInLimit(db: Db, email: string, address: string, now = new Date()): Promise<LimitState> {
	const windowMs = config.loginWindowSeconds * 1000;
	const since = new Date(now.getTime() - windowMs);
	const accountFailures = count(db, accountKey(email), since);
	const addressFailures = count(db, addressKey(address), since);
	const limited =
		accountFailures >= config.loginMaxFailuresPerAccount || addressFailures >= config.loginMaxFailuresPerAddress;
	let retryAfterSeconds = 0;
	if (limited) {
		const oldest = db
			.select({ at: sql<number>`min(${authFailures.at})` })
			.from(authFailures)
			.where(
				and(
					sql`${authFailures.key} in (${accountKey(email)}, ${addressKey(address)})`,
					gte(authFailures.at, since)
				)
			)
			.get();
		retryAfterSeconds = Math.max(1, Math.ceil(((oldest?.at ?? now.getTime()) + windowMs - now.getTime()) / 1000));
	}
	return { limited, retryAfterSeconds, accountFailures };
}

export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
	db.insert(authFailures)
		.values([
			{ key: accountKey(email), at: now },
			{ key: addressKey(address), at: now }
		])
		.run();
	// Keep the table small: failures older than the window no longer count.
	db.delete(authFailures)
		.where(lt(authFailures.at, new Date(now.getTime() - config.loginWindowSeconds * 1000)))
		.run();
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
	db.delete(authFailures).where(eq(authFailures.key, accountKey(email))).run();
}

/** Answers are slowed as failures pile up, before the hard limit: 0, 250, 500 … ms, at most 2 s. */
export function slowDownMs(accountFailures: number): number {
	return Math.min(2000, Math.max(0, accountFailures) * 250);
}
