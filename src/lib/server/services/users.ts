/**
 * Managing people: create, change role / organisation / lead flag, disable, reset password. Disabling an
 * account or resetting its password ends its sessions. Each change is audited in its transaction.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, users } from '../db/schema';
import { writeAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import type { CreateUserInput, UpdateUserInput } from '$lib/domain/validation/users';
import { DomainError } from './errors';

function assertOrganisation(db: Db, organisationId: number | null) {
	if (organisationId === null) return;
	const exists = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get();
	if (!exists) throw new DomainError('error_organisation_unknown', 'organisationId');
}

function assertEmailFree(db: Db, email: string, exceptId?: number) {
	const row = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
	if (row && row.id !== exceptId) throw new DomainError('error_email_taken', 'email', 409);
}

const publicFields = (u: typeof users.$inferSelect) => ({
	email: u.email,
	name: u.name,
	role: u.role,
	organisationId: u.organisationId,
	isLead: u.isLead,
	disabled: u.disabled,
	locale: u.locale
});

export async function createUser(db: Db, actorId: number | null, input: CreateUserInput): Promise<number> {
	assertOrganisation(db, input.organisationId);
	assertEmailFree(db, input.email);
	const passwordHash = await hashPassword(input.password);
	return db.transaction((tx) => {
		// Checked again inside the transaction: another request may have taken the email meanwhile.
		const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
		if (taken) throw new DomainError('error_email_taken', 'email', 409);
		const row = tx
			.insert(users)
			.values({
				email: input.email,
				name: input.name,
				role: input.role,
				organisationId: input.organisationId,
				isLead: input.isLead,
				locale: input.locale,
				passwordHash
			})
			.returning()
			.get();
		writeAudit(tx, {
			userId: actorId,
			entity: 'user',
			entityId: row.id,
			action: 'create',
			organisationId: row.organisationId,
			after: publicFields(row)
		});
		return row.id;
	});
}

export async function updateUser(db: Db, actorId: number, id: number, input: UpdateUserInput): Promise<void> {
	assertOrganisation(db, input.organisationId);
	assertEmailFree(db, input.email, id);
	const endSessions = db.transaction((tx) => {
		const before = tx.select().from(users).where(eq(users.id, id)).get();
		if (!before) throw new DomainError('error_404', '_form', 404);
		const after = tx
			.update(users)
			.set({ ...input, updatedAt: new Date() })
			.where(eq(users.id, id))
			.returning()
			.get();
		writeAudit(tx, {
			userId: actorId,
			entity: 'user',
			entityId: id,
			action: 'update',
			organisationId: after.organisationId,
			before: publicFields(before),
			after: publicFields(after)
		});
		// A change of role or organisation changes what the person may see: sign them in again.
		return before.role !== after.role || before.organisationId !== after.organisationId || before.isLead !== after.isLead;
	});
	if (endSessions) await invalidateUserSessions(db, id);
}

export async function setUserDisabled(db: Db, actorId: number, id: number, disabled: boolean): Promise<void> {
	if (disabled && actorId === id) throw new DomainError('error_cannot_disable_self');
	db.transaction((tx) => {
		const before = tx.select().from(users).where(eq(users.id, id)).get();
		if (!before) throw new DomainError('error_404', '_form', 404);
		tx.update(users).set({ disabled, updatedAt: new Date() }).where(eq(users.id, id)).run();
		writeAudit(tx, {
			userId: actorId,
			entity: 'user',
			entityId: id,
			action: disabled ? 'disable' : 'enable',
			organisationId: before.organisationId,
			before: { disabled: before.disabled },
			after: { disabled }
		});
	});
	if (disabled) await invalidateUserSessions(db, id);
}

export async function resetPassword(db: Db, actorId: number | null, id: number, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	db.transaction((tx) => {
		const before = tx.select({ id: users.id, organisationId: users.organisationId }).from(users).where(eq(users.id, id)).get();
		if (!before) throw new DomainError('error_404', '_form', 404);
		tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id)).run();
		// The hash itself never goes into the audit log.
		writeAudit(tx, {
			userId: actorId,
			entity: 'user',
			entityId: id,
			action: 'reset_password',
			organisationId: before.organisationId
		});
	});
	await invalidateUserSessions(db, id);
}
