import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../db';
import { auditEvents, frameworks } from '../db/schema';
import { makeUser } from '../testing/factories';
import { frameworkJson, getFramework, getFrameworkJson, importFramework, listFrameworks, registerShippedFrameworks } from './frameworks';

async function setup() {
	const db = createTestDb();
	await registerShippedFrameworks(db);
	const admin = makeUser(db, { role: 'admin' });
	return { db, admin };
}

describe('framework versions in the database', () => {
	it('registers the shipped versions once', async () => {
		const { db } = await setup();
		await registerShippedFrameworks(db);
		expect((await listFrameworks(db)).map((f) => f.id)).toEqual(['dg-sansang-1.0', 'dg-sansang-1.1', 'od-odra-3.1']);
		expect(db.select().from(frameworks).all()).toHaveLength(3);
		expect((await getFramework(db, 'dg-sansang-1.1'))?.crosswalk?.from).toBe('dg-sansang-1.0');
	});

	it('serves the parsed version from its cache while the stored hash is unchanged, and re-reads it when the hash changes', async () => {
		const { db } = await setup();
		const first = await getFramework(db, 'od-odra-3.1');
		expect(await getFramework(db, 'od-odra-3.1')).toBe(first);
		const changed = JSON.parse((await getFrameworkJson(db, 'od-odra-3.1'))!);
		changed.title.en = 'Open data readiness (edited)';
		db.update(frameworks).set({ definition: JSON.stringify(changed), sha256: 'edited' }).where(eq(frameworks.id, 'od-odra-3.1')).run();
		const reread = await getFramework(db, 'od-odra-3.1');
		expect(reread).not.toBe(first);
		expect(reread?.title.en).toBe('Open data readiness (edited)');
	});

	it('exports JSON that imports again under a new id, with a crosswalk', async () => {
		const { db, admin } = await setup();
		const exported = JSON.parse((await getFrameworkJson(db, 'dg-sansang-1.0'))!);
		exported.id = 'dg-sansang-9.0';
		exported.version = '9.0';
		exported.crosswalk = { from: 'dg-sansang-1.0', map: { 'DG-1.1': 'DG-1.1', 'DG-1.2': 'DG-1.2' } };
		const result = await importFramework(db, admin.id, JSON.stringify(exported));
		expect(result).toEqual({ ok: true, id: 'dg-sansang-9.0' });
		const fw = await getFramework(db, 'dg-sansang-9.0');
		expect(fw?.crosswalk?.map['DG-1.2']).toBe('DG-1.2');
		expect(frameworkJson(fw!)).toContain('"dg-sansang-9.0"');
		expect(db.select().from(auditEvents).all().filter((a) => a.action === 'import')).toHaveLength(1);
	});

	it.each([
		['a broken file', '{"id": "dg-x-1.0", ', '(file)', 'not valid JSON'],
		['an existing id (versions are immutable)', null, 'id', 'already exists'],
		['a crosswalk to codes the earlier version lacks', 'crosswalk', 'crosswalk.map.DG-99.1', 'not a question of dg-sansang-1.0']
	])('refuses %s and stores nothing', async (_name, variant, path, message) => {
		const { db, admin } = await setup();
		let text: string;
		if (variant === null) text = (await getFrameworkJson(db, 'dg-sansang-1.0'))!;
		else if (variant === 'crosswalk') {
			const def = JSON.parse((await getFrameworkJson(db, 'dg-sansang-1.0'))!);
			def.id = 'dg-sansang-9.1';
			def.crosswalk = { from: 'dg-sansang-1.0', map: { 'DG-99.1': 'DG-1.1' } };
			text = JSON.stringify(def);
		} else text = variant;
		const before = db.select().from(frameworks).all().length;
		const result = await importFramework(db, admin.id, text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.issues[0].path).toBe(path);
			expect(result.issues[0].message).toContain(message);
		}
		expect(db.select().from(frameworks).all()).toHaveLength(before);
	});
});
