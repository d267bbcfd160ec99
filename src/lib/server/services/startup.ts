/**
 * What the server does at start, after migrations: register the shipped framework versions, seed the
 * register of organisations into an empty database, and (for `npm start`) seed the demo once.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { meta, organisations, users } from '../db/schema';
import { registerShippedFrameworks } from '../repositories/frameworks';
import { seedOrganisations } from '../seed/organisations';
import { seedDemo } from '../seed/demo';

export async function prepareDatabase(db: Db, options: { demo: boolean }): Promise<void> {
	await registerShippedFrameworks(db);
	const orgCount = db.select({ n: sql<number>`count(*)` }).from(organisations).get()?.n ?? 0;
	if (orgCount === 0) seedOrganisations(db);
	const userCount = db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
	// The demo is seeded only into a database that has no people yet: a second start seeds nothing twice.
	if (options.demo && userCount === 0) await seedDemo(db);
}

let demoFlag: boolean | undefined;

/** Whether this database holds demo data (read once; it never changes while running). */
export function isDemoDatabase(db: Db): boolean {
	demoFlag ??= db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'demo')).get()?.value === 'true';
	return demoFlag;
}

export function resetDemoFlagCache(): void {
	demoFlag = undefined;
}
