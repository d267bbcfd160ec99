/**
 * Backups restore (BUDGETS.md R5): `npm run backup` runs while a respondent keeps saving answers through
 * the production server; the copy passes `integrity_check`, holds a consistent state (every answer
 * version with its audit row, the evidence files), and — restored by the README's procedure into a fresh
 * folder — runs the app: people sign in and find their work. Also the administrator's screen: a backup
 * made and downloaded over HTTP is the same file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { get, postForm, postJson, signIn, startServer, type TestServer } from './harness';
import { buildWorld, emails, type World } from './access-matrix';

let server: TestServer;
let world: World;
const restoreDirs: string[] = [];

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	world = buildWorld(db);
	db.close();
});
afterAll(async () => {
	await server?.stop();
	for (const d of restoreDirs) rmSync(d, { recursive: true, force: true });
});

/** `npm run backup` against the server's database; resolves with its exit code and output. */
function npmRunBackup(dbPath: string, backupDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', 'backup'], { env: { ...process.env, DATABASE_URL: dbPath, BACKUP_DIR: backupDir }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('exit', (code) => resolve({ code, stdout, stderr }));
	});
}

describe('backup and restore', () => {
	it('npm run backup while answers are being saved: the copy is whole and consistent, and restores to a working app', async () => {
		const cookie = await signIn(server.url, emails.respondentA);
		const backupDir = join(server.dir, 'scheduled');
		let running = true;
		const live = server.db();
		let version = (live.prepare("SELECT version FROM answers WHERE assessment_id = ? AND question_code = 'DG-1.2' AND source = 'self'").get(world.ids.dgA) as { version: number } | undefined)?.version ?? 0;
		live.close();
		const acknowledged: string[] = [];
		// A respondent keeps revising one comment: each save a new version, each with its audit row.
		const writes = (async () => {
			for (let i = 0; running || i < 5; i++) {
				const comment = `Bản sửa số ${i} — kế hoạch chuyển đổi số`;
				const res = await postJson(server.url, `/assessments/${world.ids.dgA}/save`, { questionCode: 'DG-1.2', source: 'self', rating: String((i % 4) + 1), comment, baseVersion: version }, cookie);
				if (res.status !== 200) return `save ${i} answered ${res.status}: ${await res.text()}`;
				version = ((await res.json()) as { version: number }).version;
				acknowledged.push(comment);
			}
			return null;
		})();
		const backup = await npmRunBackup(server.dbPath, backupDir);
		running = false;
		const failure = await writes;
		if (failure) console.log(server.output().slice(-3000));
		expect(failure).toBeNull();
		expect(backup.stderr).toBe('');
		expect(backup.code).toBe(0);
		const path = backup.stdout.trim().split('\n').pop()!;
		expect(path.startsWith(backupDir)).toBe(true);
		expect(basename(path)).toMatch(/^sansang-\d{8}T\d{6}Z\.db$/);
		expect(acknowledged.length).toBeGreaterThan(5);

		const copy = new Database(path, { readonly: true });
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		const answer = copy.prepare("SELECT version, comment FROM answers WHERE assessment_id = ? AND question_code = 'DG-1.2' AND source = 'self'").get(world.ids.dgA) as { version: number; comment: string } | undefined;
		const audits = (copy.prepare("SELECT count(*) AS n FROM audit_events WHERE entity = 'answer' AND entity_id = ?").get(`${world.ids.dgA}:DG-1.2:self`) as { n: number }).n;
		const fileBytes = (copy.prepare('SELECT sum(length(data)) AS n FROM files').get() as { n: number }).n;
		copy.close();
		// A consistent moment: the answer's version and its audit trail agree, and the comment was acknowledged.
		if (answer) {
			expect(audits).toBe(answer.version);
			expect(acknowledged).toContain(answer.comment);
		} else expect(audits).toBe(0);
		expect(fileBytes).toBeGreaterThan(0);

		// Restore as the README says: stop, put the backup in place of the database, no -wal/-shm beside it, start.
		const dir = mkdtempSync(join(tmpdir(), 'sansang-restore-'));
		restoreDirs.push(dir);
		const dbPath = join(dir, 'sansang.db');
		copyFileSync(path, dbPath);
		expect(existsSync(`${dbPath}-wal`) || existsSync(`${dbPath}-shm`)).toBe(false);
		const restored = await startServer({ SANSANG_DEMO: '0' }, { dir, dbPath });
		try {
			const again = await signIn(restored.url, emails.respondentA);
			const page = await (await get(restored.url, `/assessments/${world.ids.dgA}/s/DG-1`, again)).text();
			if (answer) expect(page).toContain(answer.comment);
			const admin = await signIn(restored.url, emails.admin);
			expect((await get(restored.url, '/admin/audit', admin)).status).toBe(200);
			// Evidence files came along inside the database.
			const file = await get(restored.url, `/evidence/${world.ids.documentA}/file`, again);
			expect(file.status).toBe(200);
			expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
			// The restored app keeps working: a new save on top of the restored version.
			const save = await postJson(restored.url, `/assessments/${world.ids.dgA}/save`, { questionCode: 'DG-1.2', source: 'self', rating: '3', comment: 'Sau khi khôi phục', baseVersion: answer?.version ?? 0 }, again);
			expect(save.status).toBe(200);
		} finally {
			await restored.stop();
		}
	});

	it('npm run backup fails with a non-zero exit code and a message when there is no database', async () => {
		const result = await npmRunBackup(join(server.dir, 'missing.db'), join(server.dir, 'nowhere'));
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain('backup failed: no database at');
		expect(result.stdout).toBe('');
	});

	it('an administrator makes a backup on the screen, sees it listed and downloads the same file', async () => {
		const admin = await signIn(server.url, emails.admin);
		const res = await postForm(server.url, '/admin/backups?/create', {}, admin);
		expect(res.status).toBe(200);
		const html = await res.text();
		const name = /sansang-\d{8}T\d{6}Z(?:-\d+)?\.db/.exec(html)?.[0];
		expect(name).toBeTruthy();
		expect(html).toContain('kiểm tra toàn vẹn: đạt');
		const list = await (await get(server.url, '/admin/backups', admin)).text();
		expect(list).toContain(`href="/admin/backups/${name}"`);
		const download = await get(server.url, `/admin/backups/${name}`, admin);
		expect(download.status).toBe(200);
		expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
		const bytes = Buffer.from(await download.arrayBuffer());
		expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
		expect(Buffer.compare(bytes, readFileSync(join(server.dir, 'backups', name!)))).toBe(0);
		// Taking a copy of everything is in the audit log.
		const db = server.db();
		const actions = db.prepare("SELECT action FROM audit_events WHERE entity = 'backup' AND entity_id = ? ORDER BY id").all(name).map((r) => (r as { action: string }).action);
		db.close();
		expect(actions).toEqual(['create', 'download']);
		// Not for anyone else, and no path outside the folder.
		const committee = await signIn(server.url, emails.committee);
		expect((await get(server.url, `/admin/backups/${name}`, committee)).status).toBe(403);
		expect((await get(server.url, '/admin/backups/..%2Ftest.db', admin)).status).toBe(404);
	});
});
