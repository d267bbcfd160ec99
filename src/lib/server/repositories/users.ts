import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { searchKey } from '$lib/domain/text';

export type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'>;

const columns = {
	id: users.id,
	email: users.email,
	name: users.name,
	role: users.role,
	organisationId: users.organisationId,
	isLead: users.isLead,
	disabled: users.disabled,
	locale: users.locale,
	createdAt: users.createdAt,
	updatedAt: users.updatedAt
};

export async function listUsers(db: Db, query?: string): Promise<UserRow[]> {
	const rows = db.select(columns).from(users).all();
	if (!query) return rows;
	// Diacritic-insensitive search ("nguyen" finds "Nguyễn"), done in code: SQLite has no Vietnamese folding.
	const key = searchKey(query);
	return rows.filter((u) => searchKey(u.name).includes(key) || u.email.includes(key));
}

export async function getUser(db: Db, id: number): Promise<UserRow | null> {
	return db.select(columns).from(users).where(eq(users.id, id)).get() ?? null;
}

export async function getUserByEmail(db: Db, email: string) {
	return db.select().from(users).where(eq(users.email, email)).get() ?? null;
}

export async function usersOfOrganisation(db: Db, organisationId: number): Promise<UserRow[]> {
	return db.select(columns).from(users).where(eq(users.organisationId, organisationId)).all();
}

export async function usersWithRole(db: Db, role: string): Promise<UserRow[]> {
	return db.select(columns).from(users).where(eq(users.role, role)).all();
}

export async function countUsers(db: Db): Promise<number> {
	return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}
