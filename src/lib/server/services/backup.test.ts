import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../db';
import { auditEvents, files } from '../db/schema';
import { backupNow, backupPath, checkBackupFile, createBackup, listBackups } from './backup';

const dirs: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sansang-backup-'));
	dirs.push(dir);
	return dir;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A migrated database on disk, in WAL mode like the server's, holding one evidence file. */
function fileDb() {
	const dir = tempDir();
	const db = openDatabase(join(dir, 'sansang.db'));
	migrateDatabase(db);
	const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch chuyển đổi số\n');
	db.insert(files).values({ sha256: 'x', size: pdf.length, mime: 'application/pdf', extension: 'pdf', originalName: 'kế-hoạch.pdf', data: pdf }).run();
	return { db, dir, pdf };
}

describe('backups', () => {
	it('copy the whole database, evidence files included, into one self-contained file that passes integrity_check', async () => {
		const { db, pdf } = fileDb();
		const out = tempDir();
		const at = new Date('2026-11-22T21:50:20.123Z');
		const backup = await backupNow(db, 7, { dir: out, at });
		expect(backup.name).toBe('sansang-20261122T215020Z.db');
		expect(readdirSync(out)).toEqual(['sansang-20261122T215020Z.db']);
		expect(checkBackupFile(backup.path)).toBe('ok');
		const copy = new Database(backup.path, { readonly: true });
		expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
		const row = copy.prepare('SELECT original_name, data FROM files').get() as { original_name: string; data: Buffer };
		expect(row.original_name).toBe('kế-hoạch.pdf');
		expect(Buffer.compare(row.data, pdf)).toBe(0);
		copy.close();
		// Who made it is in the audit log.
		expect(db.select().from(auditEvents).where(eq(auditEvents.entity, 'backup')).get()).toMatchObject({ userId: 7, action: 'create', entityId: backup.name });
		db.$client.close();
	});

	it('are listed newest first with size and time; two in the same second get distinct names; nothing else in the folder is listed', async () => {
		const { db } = fileDb();
		const out = tempDir();
		await createBackup(db.$client, { dir: out, at: new Date('2026-11-20T01:00:00Z') });
		await createBackup(db.$client, { dir: out, at: new Date('2026-11-22T08:30:00Z') });
		await createBackup(db.$client, { dir: out, at: new Date('2026-11-22T08:30:00Z') });
		writeFileSync(join(out, 'notes.txt'), 'x');
		writeFileSync(join(out, 'sansang-20261123T000000Z.db.partial'), 'x');
		const list = listBackups(out);
		expect(list.map((b) => b.name)).toEqual(['sansang-20261122T083000Z-2.db', 'sansang-20261122T083000Z.db', 'sansang-20261120T010000Z.db']);
		expect(list[2].createdAt.toISOString()).toBe('2026-11-20T01:00:00.000Z');
		expect(list.every((b) => b.size > 10_000)).toBe(true);
		db.$client.close();
	});

	it('downloads only listed names: no path leaves the folder', async () => {
		const { db } = fileDb();
		const out = tempDir();
		const b = await createBackup(db.$client, { dir: out });
		expect(backupPath(b.name, out)?.size).toBe(b.size);
		for (const name of ['../sansang.db', 'sansang-20261122T083000Z.db/../../x', 'notes.txt', 'sansang-20991231T000000Z.db', '']) expect(backupPath(name, out)).toBeNull();
		db.$client.close();
	});

	it('catches writes made during a stepped copy (same connection) and restores them', async () => {
		const { db } = fileDb();
		const out = tempDir();
		for (let i = 0; i < 200; i++) db.insert(files).values({ sha256: `f${i}`, size: 4096, mime: 'application/pdf', extension: 'pdf', originalName: `f${i}.pdf`, data: Buffer.alloc(4096, i) }).run();
		const running = createBackup(db.$client, { dir: out, pagesPerStep: 5 });
		const written = db.insert(files).values({ sha256: 'late', size: 1, mime: 'text/plain', extension: 'txt', originalName: 'muộn.txt', data: Buffer.from('x') }).returning().get();
		const backup = await running;
		const copy = new Database(backup.path, { readonly: true });
		expect(copy.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 202 });
		expect(copy.prepare('SELECT original_name FROM files WHERE id = ?').get(written.id)).toEqual({ original_name: 'muộn.txt' });
		copy.close();
		db.$client.close();
	});
});
