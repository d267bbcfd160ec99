/**
 * Test data factories over an in-memory migrated database.
 */
import type { Db } from '../db';
import { createTestDb } from '../db';
import { users } from '../db/schema';
import { seedOrganisations, organisationIdByCode } from '../seed/organisations';

/** A test database with the real register of organisations. */
export function dbWithOrganisations(): Db {
	const db = createTestDb();
	seedOrganisations(db);
	return db;
}

let counter = 0;

/** A user row with a throwaway (not verifiable) password hash: for tests that never sign in. */
export function makeUser(
	db: Db,
	fields: Partial<typeof users.$inferInsert> & { organisation?: string } = {}
): typeof users.$inferSelect {
	counter++;
	const { organisation, ...rest } = fields;
	return db
		.insert(users)
		.values({
			email: `user${counter}@test.example`,
			name: `Người dùng ${counter}`,
			role: 'respondent',
			passwordHash: 'x',
			organisationId: organisation ? organisationIdByCode(db, organisation) : null,
			...rest
		})
		.returning()
		.get();
}
