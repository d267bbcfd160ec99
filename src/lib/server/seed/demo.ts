/**
 * The demo database: fictional people and work on top of the real register of organisations. Marked as a
 * demo in `meta`, so every page shows the demo banner and the API answers carry `"demo": true`.
 */
import type { Db } from '../db';
import { meta, users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { allDemoAccounts, DEMO_PASSWORD } from './demo-accounts';
import { organisationIdByCode } from './organisations';
import { seedDemoRound2026 } from './demo-round';
import { seedDemoRound2018 } from './demo-round-2018';
import { seedDemoReports } from './demo-reports';
import { ROUND_2018 } from './demo-round-2018-plan';
import { vietnamInstant } from './demo-random';

/**
 * Fixed instants (the demo is deterministic): the secretariat, the committee and the assessors worked on
 * the 2018 round already and exist from the morning it was created; respondents from the morning the 2026
 * round was created.
 */
const STAFF_CREATED = vietnamInstant(ROUND_2018.createdOn, 8, 0);
const ACCOUNTS_CREATED = vietnamInstant('2026-09-03', 8, 0);

/**
 * Runs the whole demo inside one transaction. The services' own transactions become savepoints in it
 * (better-sqlite3 nests them), so the demo is all or nothing — a failed seed leaves no accounts, and the
 * next start seeds again — and its thousands of small writes cost one commit instead of one fsync each.
 */
async function atomically(db: Db, work: () => Promise<void>): Promise<void> {
	db.$client.exec('BEGIN IMMEDIATE');
	try {
		await work();
		db.$client.exec('COMMIT');
	} catch (e) {
		if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
		throw e;
	}
}

export async function seedDemo(db: Db): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await atomically(db, async () => {
		db.transaction((tx) => {
			for (const account of allDemoAccounts) {
				const created = account.role === 'respondent' ? ACCOUNTS_CREATED : STAFF_CREATED;
				tx.insert(users)
					.values({
						email: account.email,
						name: account.name,
						role: account.role,
						organisationId: account.organisation ? organisationIdByCode(db, account.organisation) : null,
						isLead: account.isLead ?? false,
						locale: account.locale ?? 'vi',
						passwordHash,
						createdAt: created,
						updatedAt: created
					})
					.run();
			}
			tx.insert(meta)
				.values({ key: 'demo', value: 'true' })
				.onConflictDoUpdate({ target: meta.key, set: { value: 'true' } })
				.run();
		});
		await seedDemoRound2018(db);
		await seedDemoRound2026(db);
		await seedDemoReports(db);
	});
}
