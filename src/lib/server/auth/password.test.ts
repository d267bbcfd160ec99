import { describe, expect, it } from 'vitest';
import { passwordField } from '$lib/domain/validation/fields';
import { hashPassword, verifyPassword } from './password';

describe('passwords (S4)', () => {
	const accepts = (p: string) => passwordField().safeParse(p).success;

	it('asks for 8 characters at least, takes up to 128, and imposes no composition rules', () => {
		expect(accepts('1234567')).toBe(false);
		expect(passwordField().safeParse('1234567').error?.issues[0].message).toBe('error_password_too_short');
		for (const p of ['abcdefgh', '12345678', 'mật khẩu dài', 'correct horse battery staple', 'x'.repeat(64), 'y'.repeat(128)]) expect(accepts(p)).toBe(true);
		expect(passwordField().safeParse('z'.repeat(129)).error?.issues[0].message).toBe('error_password_too_long');
	});

	it('hashes with argon2id and verifies the same password however its diacritics were composed', async () => {
		const stored = await hashPassword('Hòa Bình 2026');
		expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(await verifyPassword(stored, 'Ho\u0300a Bi\u0300nh 2026')).toBe(true);
		expect(await verifyPassword(stored, 'Hoa Binh 2026')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});

	it('hashes off the main thread: the event loop keeps turning while four hashes run', async () => {
		let ticks = 0;
		let running = true;
		const spin = () => {
			if (!running) return;
			ticks++;
			setImmediate(spin);
		};
		setImmediate(spin);
		await Promise.all([1, 2, 3, 4].map((i) => hashPassword(`password number ${i}`)));
		running = false;
		// A hash on the main thread would let no turn through until it finished.
		expect(ticks).toBeGreaterThan(4);
	});
});
