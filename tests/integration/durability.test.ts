/**
 * Durability (BUDGETS.md R1, R4; R5 is tests/integration/backup-restore.test.ts, R2/R3 e2e/workflow.e2e.ts),
 * against the production build:
 *
 * - R1: kill -9 of the server during autosave traffic, 10 cycles (tests/durability/kill-cycles.ts; 50 in
 *   `npm run bench -- --durability`), and `synchronous = FULL` on every connection: every connection opener
 *   in the code is `connect()`, which sets it; and, seen from inside the processes (a probe loaded with
 *   NODE_OPTIONS, tests/durability/pragma-probe.mjs), every connection the server and `npm run backup` use.
 * - R4: submit, validate, publish, round publish, workbook upload and framework import, each failing
 *   half-way over HTTP (a temporary trigger `RAISE(ABORT)` on the last table the operation writes): the
 *   person gets the error page at once, the database is unchanged table by table, and the same request
 *   succeeds once the trigger is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { postForm, postJson, signIn, startServer, type TestServer } from './harness';
import { checkAcknowledged, runKillCycles, type Ack } from '../durability/kill-cycles';
import { connect, openDatabase } from '../../src/lib/server/db';
import { COL } from '../../src/lib/domain/workbook';

const probeModule = pathToFileURL(resolve('tests/durability/pragma-probe.mjs')).href;
const withProbe = (file: string) => ({
	SANSANG_PRAGMA_PROBE: file,
	NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${probeModule}`].filter(Boolean).join(' ')
});
interface ProbeLine {
	pid: number;
	when: string;
	name: string;
	readonly: boolean;
	memory: boolean;
	synchronous: number | string;
	journalMode: string;
}
const probeLines = (file: string): ProbeLine[] =>
	existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ProbeLine) : [];

const tmpDirs: string[] = [];
const tempDir = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	tmpDirs.push(dir);
	return dir;
};
afterAll(() => {
	for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

// ------------------------------------------------------------------------------------------------ R1

describe('R1: an answer acknowledged as saved is never lost', () => {
	it('kill -9 during autosave traffic, 10 cycles: every acknowledged save present, none twice, integrity ok', async () => {
		const lines: string[] = [];
		const result = await runKillCycles({ cycles: 10, log: (s) => lines.push(s) });
		console.log(lines.join('\n'));
		expect(result.integrity).toBe('ok');
		expect(result.lost).toBe(0);
		expect(result.duplicated).toBe(0);
		expect(result.unexpected).toBe(0);
		expect(result.cycles).toBe(10);
		// Real traffic at every kill: saves acknowledged, and changes left unanswered that were sent again.
		expect(result.acknowledged).toBeGreaterThan(100);
		expect(result.resent).toBeGreaterThanOrEqual(10);
	}, 180_000);

	it('the end check itself finds a lost save, a save applied twice and one no acknowledgement accounts for', () => {
		const db = new Database(':memory:');
		db.exec(`CREATE TABLE save_receipts (client_id TEXT PRIMARY KEY, response TEXT, created_at INTEGER);
			CREATE TABLE audit_events (id INTEGER PRIMARY KEY, entity TEXT, entity_id TEXT, after TEXT);
			CREATE TABLE answers (assessment_id INTEGER, question_code TEXT, source TEXT, rating TEXT, na_reason TEXT, comment TEXT, version INTEGER)`);
		const values = (n: number) => ({ rating: String((n % 4) + 1), naReason: null, comment: `lần ${n}` });
		const ack = (n: number, version: number): Ack => ({ clientId: `client-${n}`, assessmentId: 1, code: 'DG-1.1', values: values(n), version });
		const apply = (a: Ack) => {
			db.prepare('INSERT INTO save_receipts VALUES (?, ?, ?)').run(a.clientId, JSON.stringify({ status: 'saved', version: a.version }), 1);
			db.prepare("INSERT INTO audit_events (entity, entity_id, after) VALUES ('answer', '1:DG-1.1:self', ?)").run(JSON.stringify(a.values));
		};
		const setAnswer = (a: Ack, version: number) => {
			db.exec('DELETE FROM answers');
			db.prepare("INSERT INTO answers VALUES (1, 'DG-1.1', 'self', ?, NULL, ?, ?)").run(a.values.rating, a.values.comment, version);
		};
		const initial = new Map([['1:DG-1.1:self', 2]]);
		const acks = [ack(1, 3), ack(2, 4)];
		acks.forEach(apply);
		setAnswer(acks[1], 4);
		expect(checkAcknowledged(db, acks, 0, initial)).toMatchObject({ lost: 0, duplicated: 0 });
		// An acknowledged save that left nothing behind.
		expect(checkAcknowledged(db, [...acks, ack(3, 5)], 0, initial).lost).toBeGreaterThan(0);
		// The last save applied a second time (audit row and version increment twice).
		db.prepare("INSERT INTO audit_events (entity, entity_id, after) VALUES ('answer', '1:DG-1.1:self', ?)").run(JSON.stringify(acks[1].values));
		setAnswer(acks[1], 5);
		expect(checkAcknowledged(db, acks, 0, initial).duplicated).toBe(2);
		db.close();
	});
});

describe('R1: every connection runs with synchronous = FULL', () => {
	const sourceFiles = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : sourceFiles(path);
			return /\.(ts|js|mjs|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
		});

	it('the code opens connections in one place only: connect() in src/lib/server/db', () => {
		const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'server.mjs'];
		const opening = files.filter((f) => {
			const text = readFileSync(f, 'utf8');
			return (
				/new\s+Database\s*\(/.test(text) ||
				/import\s+(?!type\b)[^;]*from\s+['"](better-sqlite3|drizzle-orm\/better-sqlite3)['"]/.test(text) ||
				/(require|import)\(\s*['"](better-sqlite3|drizzle-orm\/better-sqlite3)['"]\s*\)/.test(text)
			);
		});
		expect(opening.map((f) => relative('.', f))).toEqual(['src/lib/server/db/index.ts']);
		const db = readFileSync('src/lib/server/db/index.ts', 'utf8');
		expect(db.match(/new\s+Database\s*\(/g)).toHaveLength(1);
		expect(db.match(/drizzle\s*\(/g)).toHaveLength(1);
		// The app's connection: connect() (the pragmas), with compiled statements kept (cacheStatements).
		expect(db).toMatch(/drizzle\(cacheStatements\(connect\(path\)\)/);
	});

	it('connect() sets FULL on read-write, read-only and in-memory connections, and the app connection has it', () => {
		const dir = tempDir('sansang-pragma-');
		const path = join(dir, 'sansang.db');
		const rw = connect(path);
		expect(rw.pragma('synchronous', { simple: true })).toBe(2);
		expect(rw.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(rw.pragma('foreign_keys', { simple: true })).toBe(1);
		rw.exec('CREATE TABLE t (x)');
		const ro = connect(path, { readonly: true, fileMustExist: true });
		expect(ro.readonly).toBe(true);
		expect(ro.pragma('synchronous', { simple: true })).toBe(2);
		ro.close();
		rw.close();
		const copy = connect(path, { wal: false });
		copy.pragma('journal_mode = DELETE');
		expect(copy.pragma('synchronous', { simple: true })).toBe(2);
		copy.close();
		const app = openDatabase(join(dir, 'app.db'));
		expect(app.$client.pragma('synchronous', { simple: true })).toBe(2);
		app.$client.close();
		const memory = openDatabase(':memory:');
		expect(memory.$client.pragma('synchronous', { simple: true })).toBe(2);
		memory.$client.close();
	});
});

// ---------------------------------------------------- the server the next tests share (probe loaded)

let server: TestServer;
const serverProbe = join(tempDir('sansang-probe-'), 'server.jsonl');

function query<T>(sql: string, ...args: unknown[]): T[] {
	const db = server.db();
	try {
		return db.prepare(sql).all(...args) as T[];
	} finally {
		db.close();
	}
}
const one = <T>(sql: string, ...args: unknown[]): T => query<T>(sql, ...args)[0];
const exec = (sql: string) => {
	const db = server.db();
	try {
		db.exec(sql);
	} finally {
		db.close();
	}
};

/** A hash per table of everything in the database but sign-in sessions (which slide on every request). */
function fingerprint(): Record<string, string> {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sessions' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
		const blob = (_k: string, v: unknown) => (v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' ? createHash('sha256').update(JSON.stringify(v)).digest('hex') : v);
		return Object.fromEntries(
			tables.map((t) => {
				const rows = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r, blob)).sort();
				return [t, `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`];
			})
		);
	} finally {
		db.close();
	}
}

const FAILED_PAGE = 'Thao tác của bạn chưa được ghi nhận; vui lòng thử lại.';

/**
 * Runs `request` with a trigger that aborts the first insert into `table` (matching `when`): the last
 * table the operation writes, so everything before it in the transaction has been written when it fails.
 */
async function failHalfway(table: string, when: string, request: () => Promise<Response>) {
	exec(`CREATE TRIGGER r4_injected_failure BEFORE INSERT ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, 'R4: injected failure'); END`);
	try {
		const before = fingerprint();
		const started = Date.now();
		const res = await request();
		const html = await res.text();
		const ms = Date.now() - started;
		const after = fingerprint();
		return { status: res.status, html, ms, before, after };
	} finally {
		exec('DROP TRIGGER IF EXISTS r4_injected_failure');
	}
}

function expectNothingWritten(outcome: Awaited<ReturnType<typeof failHalfway>>) {
	expect(outcome.status).toBe(500);
	// The person is told, in the page, that nothing was recorded, and is not kept waiting.
	expect(outcome.html).toContain(FAILED_PAGE);
	expect(outcome.ms).toBeLessThan(5000);
	expect(outcome.after).toEqual(outcome.before);
}

const transition = (assessmentId: number, name: string, cookie: string) => postForm(server.url, `/assessments/${assessmentId}?/transition`, { name }, cookie);
const statusOf = (assessmentId: number) => one<{ status: string }>('SELECT status FROM assessments WHERE id = ?', assessmentId).status;

/** The 2026 assessment of an organisation, by code and framework kind. */
const assessmentOf = (org: string, kind: 'dg' | 'od') =>
	one<{ id: number }>(
		'SELECT a.id FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN frameworks f ON f.id = a.framework_id JOIN rounds r ON r.id = a.round_id WHERE r.year = 2026 AND o.code = ? AND f.kind = ?',
		org,
		kind
	).id;

/** Answers every question of a source still unanswered, through the autosave endpoint (as a person would). */
async function answerEverything(assessmentId: number, source: 'self' | 'assessor', cookie: string) {
	const { definition } = one<{ definition: string }>('SELECT f.definition FROM assessments a JOIN frameworks f ON f.id = a.framework_id WHERE a.id = ?', assessmentId);
	const fw = JSON.parse(definition) as { sections: { questions: { code: string; scope: string }[] }[] };
	const current = new Map(
		query<{ code: string; rating: string | null; version: number }>('SELECT question_code AS code, rating, version FROM answers WHERE assessment_id = ? AND source = ?', assessmentId, source).map((r) => [r.code, r])
	);
	for (const q of fw.sections.flatMap((s) => s.questions).filter((q) => q.scope === 'organisation')) {
		const answer = current.get(q.code);
		if (answer?.rating && answer.rating !== 'na') continue;
		const res = await postJson(server.url, `/assessments/${assessmentId}/save`, { questionCode: q.code, source, rating: '3', comment: null, baseVersion: answer?.version ?? 0 }, cookie);
		// 400: a question not asked of this kind of organisation.
		expect([200, 400]).toContain(res.status);
	}
}

describe('R4: all-or-nothing operations (HTTP, production build)', () => {
	beforeAll(async () => {
		server = await startServer(withProbe(serverProbe));
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('submit: a failure when the last row is written leaves the assessment in progress, nothing written; then it goes through', async () => {
		const id = assessmentOf('bo-tai-chinh', 'dg');
		const lead = await signIn(server.url, 'taichinh.lanhdao@sansang.example');
		await answerEverything(id, 'self', lead);
		expect(statusOf(id)).toBe('in_progress');
		// Submitting tells the assessors; those notifications are its last rows.
		const failed = await failHalfway('notifications', "NEW.kind = 'submitted'", () => transition(id, 'submit', lead));
		expectNothingWritten(failed);
		expect(statusOf(id)).toBe('in_progress');
		const ok = await transition(id, 'submit', lead);
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('Đã cập nhật trạng thái.');
		expect(statusOf(id)).toBe('submitted');
		expect(one<{ n: number }>("SELECT count(*) AS n FROM notifications WHERE assessment_id = ? AND kind = 'submitted'", id).n).toBeGreaterThan(0);
	});

	it('validate: final ratings copied, audit written, then the failure — none of it stays; then it goes through', async () => {
		const id = assessmentOf('bo-cong-thuong', 'dg');
		const assessor = await signIn(server.url, 'expert@sansang.example');
		await answerEverything(id, 'assessor', assessor);
		expect(statusOf(id)).toBe('in_review');
		const finals = () => one<{ n: number }>("SELECT count(*) AS n FROM answers WHERE assessment_id = ? AND source = 'final'", id).n;
		const finalsBefore = finals();
		const failed = await failHalfway('notifications', "NEW.kind IN ('validated', 'to_publish')", () => transition(id, 'validate', assessor));
		expectNothingWritten(failed);
		expect(statusOf(id)).toBe('in_review');
		expect(finals()).toBe(finalsBefore);
		expect((await transition(id, 'validate', assessor)).status).toBe(200);
		expect(statusOf(id)).toBe('validated');
		expect(finals()).toBeGreaterThan(finalsBefore);
	});

	it('publish: the snapshot is frozen, then the failure — no snapshot, still validated; then it goes through', async () => {
		const id = assessmentOf('ha-noi', 'dg');
		const committee = await signIn(server.url, 'uyban@sansang.example');
		expect(statusOf(id)).toBe('validated');
		const snapshots = () => one<{ n: number }>('SELECT count(*) AS n FROM snapshots WHERE assessment_id = ?', id).n;
		const failed = await failHalfway('notifications', "NEW.kind = 'published'", () => transition(id, 'publish', committee));
		expectNothingWritten(failed);
		expect(statusOf(id)).toBe('validated');
		expect(snapshots()).toBe(0);
		expect((await transition(id, 'publish', committee)).status).toBe(200);
		expect(statusOf(id)).toBe('published');
		expect(snapshots()).toBe(1);
	});

	it('round publish: the status changes, then its audit row fails — the round stays closed; then it goes through', async () => {
		// Fixture: the 2018 round (every assessment published) set back to closed, so it may be published.
		const round = one<{ id: number }>('SELECT id FROM rounds WHERE year = 2018').id;
		exec(`UPDATE rounds SET status = 'closed' WHERE id = ${round}`);
		const admin = await signIn(server.url, 'quantri@sansang.example');
		const publish = () => postForm(server.url, `/rounds/${round}?/status`, { transition: 'publish' }, admin);
		const failed = await failHalfway('audit_events', "NEW.entity = 'round'", publish);
		expectNothingWritten(failed);
		expect(one<{ status: string }>('SELECT status FROM rounds WHERE id = ?', round).status).toBe('closed');
		const ok = await publish();
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('Đã công bố đợt.');
		expect(one<{ status: string }>('SELECT status FROM rounds WHERE id = ?', round).status).toBe('published');
	});

	it('workbook upload: answers saved, then the upload\'s audit row fails — no answer changed; then it goes through', async () => {
		const id = assessmentOf('bo-ngoai-giao', 'dg');
		const lead = await signIn(server.url, 'ngoaigiao.lanhdao@sansang.example');
		const download = await fetch(`${server.url}/assessments/${id}/workbook`, { headers: { cookie: lead } });
		expect(download.status).toBe(200);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await download.arrayBuffer()) as ArrayBuffer);
		const rowOf = (code: string) => {
			const ws = wb.getWorksheet(code.split('.')[0])!;
			for (let r = 3; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(COL.code).value === code) return ws.getRow(r);
			throw new Error(`no row for ${code}`);
		};
		rowOf('DG-2.1').getCell(COL.answer).value = 'Mức 4 – Tối ưu';
		rowOf('DG-2.2').getCell(COL.answer).value = 'Mức 1 – Khởi đầu';
		rowOf('DG-2.2').getCell(COL.comment).value = 'Cổng dịch vụ công chưa có khảo sát mức độ hài lòng';
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const upload = () => {
			const form = new FormData();
			form.append('file', new Blob([bytes]), 'bang-tinh.xlsx');
			return fetch(`${server.url}/assessments/${id}/workbook/upload?/upload`, { method: 'POST', headers: { cookie: lead, origin: server.url, accept: 'text/html' }, body: form });
		};
		const failed = await failHalfway('audit_events', "NEW.action = 'workbook_upload'", upload);
		expectNothingWritten(failed);
		const ok = await upload();
		expect(ok.status).toBe(200);
		expect(await ok.text()).toMatch(/Đã cập nhật 2 câu trả lời, 0 xung đột/);
		expect(one<{ rating: string }>("SELECT rating FROM answers WHERE assessment_id = ? AND source = 'self' AND question_code = 'DG-2.1'", id).rating).toBe('4');
	});

	it('framework import: the version is stored, then its audit row fails — no new version; then it goes through', async () => {
		const admin = await signIn(server.url, 'quantri@sansang.example');
		const fw = JSON.parse(one<{ definition: string }>("SELECT definition FROM frameworks WHERE id = 'dg-sansang-1.1'").definition);
		fw.id = 'dg-sansang-9.9';
		fw.version = '9.9';
		const importIt = () => {
			const form = new FormData();
			form.append('file', new Blob([JSON.stringify(fw)], { type: 'application/json' }), 'dg-sansang-9.9.json');
			return fetch(`${server.url}/admin/frameworks?/import`, { method: 'POST', headers: { cookie: admin, origin: server.url, accept: 'text/html' }, body: form });
		};
		const failed = await failHalfway('audit_events', "NEW.entity = 'framework'", importIt);
		expectNothingWritten(failed);
		expect(query("SELECT id FROM frameworks WHERE id = 'dg-sansang-9.9'")).toHaveLength(0);
		const ok = await importIt();
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('Đã nhập phiên bản dg-sansang-9.9.');
		expect(query("SELECT id FROM frameworks WHERE id = 'dg-sansang-9.9'")).toHaveLength(1);
	});

	it('R1: npm run backup uses only FULL connections (seen from inside its process)', async () => {
		const probe = join(tempDir('sansang-probe-'), 'backup.jsonl');
		const backupDir = tempDir('sansang-backups-');
		const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
			const child = spawn('npm', ['run', '--silent', 'backup'], {
				env: { ...process.env, DATABASE_URL: server.dbPath, BACKUP_DIR: backupDir, ...withProbe(probe) },
				stdio: ['ignore', 'ignore', 'pipe']
			});
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			child.on('exit', (code) => done({ code, stderr }));
		});
		expect(result.code, result.stderr).toBe(0);
		const lines = probeLines(probe);
		// The read-only connection to the server's database and the one that checks the copy.
		expect(lines.find((l) => l.name === server.dbPath)).toMatchObject({ readonly: true, synchronous: 2 });
		expect(lines.some((l) => l.name.startsWith(backupDir))).toBe(true);
		expect(lines.filter((l) => l.synchronous !== 2)).toEqual([]);
	});

	it('R1: the server used only FULL connections during all of the above (seen from inside its process)', async () => {
		await server.stop();
		const lines = probeLines(serverProbe);
		expect(lines.find((l) => l.name === server.dbPath)).toMatchObject({ readonly: false, synchronous: 2, journalMode: 'wal' });
		expect(lines.filter((l) => l.synchronous !== 2)).toEqual([]);
	});
});
