import { describe, expect, it } from 'vitest';
import { createTestDb } from '../db';
import { clearAccountFailures, recordSignInFailure, signInLimit, slowDownMs } from './rate-limit';

describe('sign-in limits (S5)', () => {
	const t0 = new Date('2026-11-22T01:00:00Z');
	const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

	it('refuses an account after 5 failures inside 15 minutes, and recovers after the window', async () => {
		const db = createTestDb();
		for (let i = 0; i < 4; i++) await recordSignInFailure(db, 'a@x.vn', '10.0.0.1', at(i));
		expect((await signInLimit(db, 'a@x.vn', '10.0.0.1', at(5))).limited).toBe(false);
		await recordSignInFailure(db, 'a@x.vn', '10.0.0.1', at(5));
		const limited = await signInLimit(db, 'a@x.vn', '10.0.0.2', at(6));
		expect(limited.limited).toBe(true);
		expect(limited.retryAfterSeconds).toBe(900 - 6);
		expect((await signInLimit(db, 'a@x.vn', '10.0.0.2', at(901))).limited).toBe(false);
	});

	it('refuses an address after 20 failures across accounts', async () => {
		const db = createTestDb();
		for (let i = 0; i < 20; i++) await recordSignInFailure(db, `u${i}@x.vn`, '10.0.0.9', at(i));
		expect((await signInLimit(db, 'fresh@x.vn', '10.0.0.9', at(30))).limited).toBe(true);
		expect((await signInLimit(db, 'fresh@x.vn', '10.0.0.8', at(30))).limited).toBe(false);
	});

	it('a successful sign-in clears the account count', async () => {
		const db = createTestDb();
		for (let i = 0; i < 3; i++) await recordSignInFailure(db, 'a@x.vn', '10.0.0.1', at(i));
		await clearAccountFailures(db, 'a@x.vn');
		expect((await signInLimit(db, 'a@x.vn', '10.0.0.3', at(10))).accountFailures).toBe(0);
	});

	it('slows answers down before refusing', () => {
		expect([0, 1, 4, 20].map(slowDownMs)).toEqual([0, 250, 1000, 2000]);
	});
});
