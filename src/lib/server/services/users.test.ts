import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { dbWithOrganisations, makeUser } from '../testing/factories';
import { auditEvents, sessions, users } from '../db/schema';
import { createUser, resetPassword, setUserDisabled, updateUser } from './users';
import { createSession } from '../auth/session';
import { verifyPassword } from '../auth/password';
import { organisationIdByCode } from '../seed/organisations';
import { createUserSchema } from '$lib/domain/validation/users';

describe('managing users', () => {
	it('creates a user with an argon2id hash and one audit row without the hash', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const input = createUserSchema.parse({
			name: 'Nguyễn Văn A',
			email: ' NguyenVanA@Bo-Tai-Chinh.GOV.vn ',
			role: 'respondent',
			organisationId: String(organisationIdByCode(db, 'bo-tai-chinh')),
			isLead: 'on',
			locale: 'vi',
			password: 'một câu mật khẩu dài'
		});
		const id = await createUser(db, admin.id, input);
		const row = db.select().from(users).where(eq(users.id, id)).get()!;
		expect(row.email).toBe('nguyenvana@bo-tai-chinh.gov.vn');
		expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(row.passwordHash, 'một câu mật khẩu dài')).toBe(true);
		const audit = db.select().from(auditEvents).where(eq(auditEvents.entity, 'user')).all();
		expect(audit).toHaveLength(1);
		expect(audit[0].after).not.toContain('argon2');
	});

	it('refuses a duplicate email and changes nothing', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin', email: 'taken@x.vn' });
		const before = db.select().from(users).all().length;
		await expect(
			createUser(db, admin.id, { name: 'B', email: 'taken@x.vn', role: 'assessor', organisationId: null, isLead: false, locale: 'en', password: '12345678' })
		).rejects.toThrow('error_email_taken');
		expect(db.select().from(users).all()).toHaveLength(before);
		expect(db.select().from(auditEvents).all()).toHaveLength(0);
	});

	it.each([
		[{ role: 'respondent', organisationId: '' }, 'organisationId', 'error_respondent_needs_organisation'],
		[{ role: 'assessor', isLead: 'on' }, 'isLead', 'error_lead_only_respondent'],
		[{ password: 'short' }, 'password', 'error_password_too_short'],
		[{ password: 'x'.repeat(129) }, 'password', 'error_password_too_long'],
		[{ email: 'not-an-email' }, 'email', 'error_email_invalid'],
		[{ role: 'superuser' }, 'role', 'error_invalid_choice']
	])('validation refuses %o on %s', (patch, field, key) => {
		const base = { name: 'C', email: 'c@x.vn', role: 'assessor', organisationId: '', locale: 'vi', password: 'a long enough passphrase' };
		const result = createUserSchema.safeParse({ ...base, ...patch });
		expect(result.success).toBe(false);
		const issue = result.error!.issues.find((i) => i.path[0] === field);
		expect(issue?.message).toBe(key);
	});

	it('accepts a 64-character passphrase with spaces and no composition rules', () => {
		const result = createUserSchema.safeParse({ name: 'D', email: 'd@x.vn', role: 'committee', organisationId: '', locale: 'vi', password: 'tất cả chữ thường và dấu cách, không cần ký hiệu đặc biệt nào cả!!' });
		expect(result.success).toBe(true);
	});

	it('changing a role ends the sessions; resetting a password too', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const user = makeUser(db, { role: 'assessor' });
		await createSession(db, user.id);
		await updateUser(db, admin.id, user.id, { name: user.name, email: user.email, role: 'committee', organisationId: null, isLead: false, locale: 'vi' });
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
		await createSession(db, user.id);
		await resetPassword(db, admin.id, user.id, 'new passphrase 2026');
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
	});

	it('an administrator cannot disable their own account', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		await expect(setUserDisabled(db, admin.id, admin.id, true)).rejects.toThrow('error_cannot_disable_self');
	});
});

describe('the audit log is append-only (S9)', () => {
	it('refuses updates and deletes', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		await setUserDisabled(db, admin.id, makeUser(db).id, true);
		expect(() => db.update(auditEvents).set({ action: 'forged' }).run()).toThrow(/append-only/);
		expect(() => db.delete(auditEvents).run()).toThrow(/append-only/);
		expect(db.select().from(auditEvents).all()).toHaveLength(1);
	});
});
