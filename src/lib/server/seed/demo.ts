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
				tx.insert(users)
					.values({
						email: account.email,
						name: account.name,
						role: account.role,
						organisationId: account.organisation ? organisationIdByCode(db, account.organisation) : null,
						isLead: account.isLead ?? false,
						locale: account.locale ?? 'vi',
						passwordHash
					})
					.run();
			}
			tx.insert(meta).values({ key: 'demo', value: 'true' }).onConflictDoUpdate({ target: meta.key, set: { value: 'true' } }).run();
		});
		await seedDemoRound2026(db);
	});
}
