import { describe, expect, it, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type Db } from '../db';
import { sessions, users } from '../db/schema';
import { createSession, hashToken, invalidateSession, validateSessionToken } from './session';
import { setUserDisabled } from '../services/users';
import { makeUser } from '../testing/factories';

let db: Db;
let userId: number;
beforeEach(() => {
	db = createTestDb();
	userId = makeUser(db, { role: 'committee' }).id;
});

const t0 = new Date('2026-11-22T01:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('sessions (S3)', () => {
	it('tokens carry at least 128 bits from the CSPRNG and only their SHA-256 is stored', async () => {
		const { token, session } = await createSession(db, userId, t0);
		expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		const stored = db.select().from(sessions).all();
		expect(stored).toHaveLength(1);
		expect(stored[0].id).toBe(hashToken(token));
		expect(stored[0].id).not.toContain(token);
		expect(session.id).toBe(hashToken(token));
		const second = await createSession(db, userId, t0);
		expect(second.token).not.toBe(token);
	});

	it('slides the idle expiry while in use, ends after the idle timeout', async () => {
		const { token } = await createSession(db, userId, t0);
		expect((await validateSessionToken(db, token, later(100))).user?.id).toBe(userId);
		// 100 + 119 minutes: still inside the idle window renewed at minute 100
		expect((await validateSessionToken(db, token, later(219))).user?.id).toBe(userId);
		expect((await validateSessionToken(db, token, later(219 + 121))).user).toBeNull();
	});

	it('ends at the absolute timeout even when in constant use', async () => {
		const { token } = await createSession(db, userId, t0);
		for (let minute = 60; minute < 12 * 60; minute += 60) {
			expect((await validateSessionToken(db, token, later(minute))).user?.id).toBe(userId);
		}
		expect((await validateSessionToken(db, token, later(12 * 60 + 1))).user).toBeNull();
	});

	it('sign-out and disabling the account end sessions', async () => {
		const a = await createSession(db, userId, t0);
		await invalidateSession(db, a.session.id);
		expect((await validateSessionToken(db, a.token, later(1))).user).toBeNull();
		const b = await createSession(db, userId, t0);
		const admin = makeUser(db, { role: 'admin' });
		await setUserDisabled(db, admin.id, userId, true);
		expect(db.select().from(sessions).where(eq(sessions.userId, userId)).all()).toHaveLength(0);
		expect((await validateSessionToken(db, b.token, later(1))).user).toBeNull();
		expect(db.select().from(users).where(eq(users.id, userId)).get()?.disabled).toBe(true);
	});
});
