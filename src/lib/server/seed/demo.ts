/**
 * The demo database: fictional people and work on top of the real register of organisations. Marked as a
 * demo in `meta`, so every page shows the demo banner and the API answers carry `"demo": true`.
 */
import type { Db } from '../db';
import { meta, users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { demoAccounts, DEMO_PASSWORD } from './demo-accounts';
import { organisationIdByCode } from './organisations';

export async function seedDemo(db: Db): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	db.transaction((tx) => {
		for (const account of demoAccounts) {
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
}
