/**
 * Sessions as in the Lucia guide: a random token in an HttpOnly cookie, only its SHA-256 in the database,
 * a sliding idle timeout and an absolute timeout.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { sessions, users, type User } from '../db/schema';
import { config } from '../config';

export const SESSION_COOKIE = 'sansang_session';

export type SessionUser = Pick<
	User,
	'id' | 'email' | 'name' | 'role' | 'organisationId' | 'isLead' | 'locale'
>;
export interface SessionInfo {
	id: string;
	expiresAt: Date;
	absoluteExpiresAt: Date;
}

/** 160 bits from the CSPRNG, base64url. */
export function generateSessionToken(): string {
	return randomBytes(20).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

const idleMs = () => config.sessionIdleMinutes * 60_000;
const absoluteMs = () => config.sessionAbsoluteHours * 3_600_000;

export async function createSession(db: Db, userId: number, now = new Date()): Promise<{ token: string; session: SessionInfo }> {
	const token = generateSessionToken();
	const session: SessionInfo = {
		id: hashToken(token),
		expiresAt: new Date(Math.min(now.getTime() + idleMs(), now.getTime() + absoluteMs())),
		absoluteExpiresAt: new Date(now.getTime() + absoluteMs())
	};
	db.insert(sessions).values({ ...session, userId, createdAt: now }).run();
	return { token, session };
}

const sessionWithUser = preparedQuery((db) =>
	db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				role: users.role,
				organisationId: users.organisationId,
				isLead: users.isLead,
				locale: users.locale,
				disabled: users.disabled
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare()
);

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ user: SessionUser; session: SessionInfo } | { user: null; session: null }> {
	const id = hashToken(token);
	const row = sessionWithUser(db).get({ id });
	if (!row) return { user: null, session: null };
	const t = now.getTime();
	if (row.user.disabled || t >= row.session.expiresAt.getTime() || t >= row.session.absoluteExpiresAt.getTime()) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return { user: null, session: null };
	}
	let expiresAt = row.session.expiresAt;
	// Slide the idle expiry, but write at most once a minute.
	const renewed = Math.min(t + idleMs(), row.session.absoluteExpiresAt.getTime());
	if (renewed - expiresAt.getTime() > 60_000) {
		expiresAt = new Date(renewed);
		db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { disabled, ...user } = row.user;
	return {
		user,
		session: { id, expiresAt, absoluteExpiresAt: row.session.absoluteExpiresAt }
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export async function invalidateUserSessions(db: Db, userId: number): Promise<void> {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
	db.delete(sessions)
		.where(or(lt(sessions.expiresAt, now), lt(sessions.absoluteExpiresAt, now)))
		.run();
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}

