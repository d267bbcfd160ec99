/**
 * Bad input to the capture screens over HTTP, against the production build (BUDGETS.md S6, S7): fuzzed
 * answer saves and uploads never get a 5xx and store nothing; disguised and oversized files are refused
 * with a clear message; downloads are attachments with a server-chosen name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startServer, signIn, type TestServer } from './harness';
import { buildWorld } from './matrix/world';

let server: TestServer;
let cookie: string;
let dgA: number;

const count = (sql: string) => {
	const db = server.db();
	try {
		return (db.prepare(sql).get() as { n: number }).n;
	} finally {
		db.close();
	}
};

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	dgA = buildWorld(db).ids.dgA;
	db.close();
	cookie = await signIn(server.url, 'taichinh.lanhdao@sansang.example');
});
afterAll(async () => server?.stop());

function upload(fields: Record<string, string | string[]>, file?: { name: string; bytes: Uint8Array }) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) form.append(k, value);
	if (file) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
	return fetch(`${server.url}/assessments/${dgA}/evidence?/document`, {
		method: 'POST',
		headers: { cookie, origin: server.url, accept: 'text/html' },
		body: form
	});
}

describe('uploads (S7)', () => {
	it('refuses a disguised file and an oversized one, with a clear message, storing nothing', async () => {
		const before = count('SELECT count(*) AS n FROM files');
		const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
		const disguised = await upload({ title: 'Quyết định phê duyệt', polarity: '+', links: `${dgA}:DG-1.1` }, { name: 'quyet-dinh.pdf', bytes: exe });
		expect(disguised.status).toBe(400);
		expect(await disguised.text()).toContain('Nội dung tệp không khớp với phần mở rộng của tên tệp.');
		const big = new Uint8Array(11 * 1024 * 1024);
		big.set(new TextEncoder().encode('%PDF-1.4\n'));
		const oversized = await upload({ title: 'Báo cáo lớn', polarity: 'o' }, { name: 'bao-cao.pdf', bytes: big });
		expect(oversized.status).toBe(400);
		expect(await oversized.text()).toContain('Tệp lớn hơn 10 MB.');
		expect(count('SELECT count(*) AS n FROM files')).toBe(before);
	});

	it('stores a real PDF and serves it back as an attachment with a server-chosen name', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
		const res = await upload({ title: 'Kế hoạch chuyển đổi số 2026', polarity: '+', links: `${dgA}:DG-1.1` }, { name: '../../Kế hoạch "2026".pdf', bytes: pdf });
		expect(res.status).toBe(200);
		const db = server.db();
		const row = db.prepare("SELECT e.id, f.original_name AS name FROM evidence e JOIN files f ON f.id = e.file_id ORDER BY e.id DESC LIMIT 1").get() as { id: number; name: string };
		db.close();
		expect(row.name).toBe('Kế hoạch 2026.pdf');
		const file = await fetch(`${server.url}/evidence/${row.id}/file`, { headers: { cookie } });
		expect(file.status).toBe(200);
		expect(file.headers.get('content-disposition')).toBe(`attachment; filename="evidence-${row.id}.pdf"`);
		expect(file.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
	});

	it('fuzzed upload forms never get a 5xx and store nothing invalid', async () => {
		const before = count('SELECT count(*) AS n FROM files');
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					title: fc.string({ maxLength: 400 }),
					polarity: fc.oneof(fc.constantFrom('+', '-', 'o'), fc.string({ maxLength: 3 })),
					links: fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constant(`${dgA}:DG-9.9`), fc.constant('1:DG-1.1')), { maxLength: 3 })
				}),
				fc.record({
					name: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('.pdf', '.docx', '.png', '.exe', '.html', '.svg', '')).map(([a, b]) => a + b),
					bytes: fc.uint8Array({ maxLength: 2048 })
				}),
				async (fields, file) => {
					const res = await upload(fields, file);
					expect(res.status).toBeLessThan(500);
				}
			),
			{ numRuns: 60 }
		);
		// Random bytes never pass the content check for these extensions.
		expect(count('SELECT count(*) AS n FROM files')).toBe(before);
	});
});

describe('answer saves (S6)', () => {
	it('fuzzed autosave bodies never get a 5xx; invalid answers store nothing', async () => {
		const before = count('SELECT count(*) AS n FROM answers');
		const audit = count('SELECT count(*) AS n FROM audit_events');
		const invalid = fc.oneof(
			fc.record({ questionCode: fc.string({ maxLength: 30 }).filter((s) => !/^DG-\d\.\d$/.test(s)), source: fc.constant('self'), rating: fc.constantFrom('1', '2', '3', '4'), baseVersion: fc.nat(5) }),
			fc.record({ questionCode: fc.constantFrom('DG-1.1', 'DG-2.3', 'DG-1.5', 'OD-1.1'), source: fc.constant('self'), rating: fc.string({ maxLength: 12 }).filter((s) => !['1', '2', '3', '4', 'na', 'dont_know', ''].includes(s)), baseVersion: fc.nat(5) }),
			fc.record({ questionCode: fc.constant('DG-1.1'), source: fc.constantFrom('assessor', 'final', 'boss'), rating: fc.constant('3'), baseVersion: fc.nat(5) }),
			fc.record({ questionCode: fc.constant('DG-1.1'), source: fc.constant('self'), rating: fc.constant('3'), comment: fc.string({ minLength: 5001, maxLength: 5100 }), baseVersion: fc.nat(5) })
		);
		await fc.assert(
			fc.asyncProperty(fc.oneof(invalid, fc.anything()), async (body) => {
				const res = await fetch(`${server.url}/assessments/${dgA}/save`, {
					method: 'POST',
					headers: { cookie, 'content-type': 'application/json' },
					body: JSON.stringify(body) ?? 'null'
				});
				expect(res.status).toBeLessThan(500);
				expect(res.status).not.toBe(200);
			}),
			{ numRuns: 120 }
		);
		expect(count('SELECT count(*) AS n FROM answers')).toBe(before);
		expect(count('SELECT count(*) AS n FROM audit_events')).toBe(audit);
	});

	it('fuzzed page forms (no JavaScript) never get a 5xx', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(
					fc.oneof(fc.constantFrom('rating.DG-1.1', 'comment.DG-1.1', 'version.DG-1.1', 'rating.DG-9.9', 'naReason.DG-1.2', 'source'), fc.string({ maxLength: 20 })),
					fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('green', '7', '-1', 'na', 'self', 'final')),
					{ maxKeys: 6 }
				),
				async (fields) => {
					const res = await fetch(`${server.url}/assessments/${dgA}/s/DG-1?/save`, {
						method: 'POST',
						headers: { cookie, origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams(fields)
					});
					expect(res.status).toBeLessThan(500);
				}
			),
			{ numRuns: 80 }
		);
	});
});
