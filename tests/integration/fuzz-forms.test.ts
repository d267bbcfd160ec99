/**
 * S6 over HTTP against the production build: every form the app renders, fuzzed. The suite signs in as the
 * people who write (a respondent lead, an assessor, the committee, an administrator), opens every page of
 * the access matrix, collects every POST form on it (its action and field names), then sends each form
 * fast-check-generated values — the real field names with hostile values, missing fields, unknown fields,
 * as urlencoded and multipart — plus every JSON endpoint and the import forms with random files. No answer
 * may be a 5xx or a stack trace, and afterwards the database must still hold together: integrity and
 * foreign keys, the append-only audit log, valid ratings, NFC texts, and cached scores equal to a fresh
 * computation from the answers.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '$lib/server/db/schema';
import { computeResult } from '$lib/server/services/scores';
import { loadFramework } from '$lib/domain/frameworks/validate';
import { signIn, type TestServer, startServer } from './harness';
import { buildWorld, emails, matrix, type World } from './access-matrix';

type Writer = 'leadA' | 'assessor' | 'committee' | 'admin';
const writers: Writer[] = ['leadA', 'assessor', 'committee', 'admin'];

interface FoundForm {
	person: Writer;
	action: string;
	fields: string[];
	multipart: boolean;
}

let server: TestServer;
let world: World;
const cookies = {} as Record<Writer, string>;
const forms: FoundForm[] = [];
let auditBefore = 0;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** POST forms of a page: action (resolved against the page) and the names of their fields. */
function formsOf(html: string, pagePath: string): { action: string; fields: string[]; multipart: boolean }[] {
	const out = [];
	for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		const attrs = m[1];
		if (!/method="post"/i.test(attrs)) continue;
		const raw = decode(attrs.match(/action="([^"]*)"/)?.[1] ?? '');
		const url = new URL(raw || pagePath, `http://x${pagePath}`);
		const fields = [...new Set([...m[2].matchAll(/<(?:input|select|textarea|button)\b[^>]*\bname="([^"]+)"/g)].map((f) => decode(f[1])))];
		out.push({ action: url.pathname + url.search, fields, multipart: /multipart\/form-data/i.test(attrs) });
	}
	return out;
}

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	world = buildWorld(db);
	auditBefore = (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
	db.close();
	for (const person of writers) cookies[person] = await signIn(server.url, emails[person]);
	const seen = new Set<string>();
	for (const entry of matrix.filter((e) => e.method === 'GET')) {
		const path = entry.path(world);
		for (const person of writers) {
			if (entry.expect[person] !== 200) continue;
			const res = await fetch(server.url + path, { headers: { cookie: cookies[person] } });
			if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
			for (const form of formsOf(await res.text(), path)) {
				// Signing out would end the run; the language switch is fuzzed as everything else.
				if (form.action.startsWith('/logout')) continue;
				const key = `${person} ${form.action.replace(/\d+/g, 'N')}`;
				if (seen.has(key)) continue;
				seen.add(key);
				forms.push({ person, ...form });
			}
		}
	}
	// Form actions no page showed to these people (a state that hides the form): fuzz them from the matrix.
	for (const entry of matrix.filter((e) => e.method === 'POST' && !e.json && e.route !== '/logout')) {
		const action = entry.path(world);
		if (forms.some((f) => f.action === action)) continue;
		const person = writers.find((p) => ![403, 404, 'login'].includes(entry.expect[p] as never)) ?? 'committee';
		forms.push({ person, action, fields: Object.keys(entry.form?.(world) ?? {}), multipart: false });
	}
}, 300_000);
afterAll(async () => server?.stop());

const hostile = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.integer().map(String),
	fc.double().map(String),
	fc.constantFrom('', ' ', '0', '-1', '999999999', '1e309', 'NaN', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'na', 'grey', 'green', '4', 'final', 'self', 'admin', '2026-02-30', '2026-11-22', '../../etc/passwd', '<script>alert(1)</script>', "'; DROP TABLE answers; --", '\u0000', 'Hòa Bình', 'Ho\u0300a Bi\u0300nh', 'https://example.gov.vn/x', 'javascript:alert(1)'),
	fc.constant('x'.repeat(70_000))
);

function bodyOf(fields: [string, string][], multipart: boolean): { body: BodyInit; type?: string } {
	if (multipart) {
		const form = new FormData();
		for (const [k, v] of fields) form.append(k, v);
		return { body: form };
	}
	return { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
}

/** Connections the client found reset and sent again (a kept-alive socket closed by the server as it was reused). */
let resets = 0;

async function send(person: Writer, action: string, fields: [string, string][], multipart: boolean): Promise<Response> {
	const attempt = () => {
		const { body, type } = bodyOf(fields, multipart);
		return fetch(server.url + action, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: cookies[person], origin: server.url, accept: 'text/html', ...(type ? { 'content-type': type } : {}) },
			body
		});
	};
	try {
		return await attempt();
	} catch (e) {
		// Once, and only for a reset connection: a server that crashed refuses the second attempt, and one that
		// resets every time for this input fails it too.
		if ((e as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw e;
		resets++;
		try {
			return await attempt();
		} catch (again) {
			throw new Error(`${person} POST ${action}: the connection was reset twice`, { cause: again });
		}
	}
}

const noServerError = async (res: Response, what: string) => {
	const text = await res.text();
	expect(res.status, `${what} answered ${res.status}`).toBeLessThan(500);
	expect(text, `${what} showed a stack trace`).not.toMatch(/\n\s+at [\w.<>]+ \(|node_modules\//);
};

describe('every form, fuzzed over HTTP (S6)', () => {
	it('finds the forms of every writing screen', () => {
		const actions = new Set(forms.map((f) => f.action.replace(/\d+/g, 'N').replace(/\?.*$/, '')));
		expect(forms.length).toBeGreaterThan(40);
		for (const expected of ['/assessments/N/s/DG-N', '/assessments/N/evidence', '/admin/users/new', '/rounds/new', '/reports/N/edit', '/admin/organisations/merge', '/rounds/N/national/od-odra-N.N', '/rounds/N/edit', '/assessments/N/workbook/upload'])
			expect([...actions]).toContain(expected);
	});

	it('no 5xx and no stack trace for any form, whatever is sent', async () => {
		for (const form of forms) {
			await fc.assert(
				fc.asyncProperty(
					fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(form.fields.length ? form.fields : ['x'])), fc.string({ maxLength: 12 })), hostile), { maxLength: form.fields.length + 3 }),
					fc.boolean(),
					async (fields, multipart) => {
						const res = await send(form.person, form.action, fields, multipart || form.multipart);
						await noServerError(res, `${form.person} POST ${form.action}`);
					}
				),
				{ numRuns: 8, seed: 20261122 }
			);
		}
		if (resets) console.warn(`fuzz: ${resets} request(s) sent again after a reset connection`);
	}, 600_000);

	it('JSON endpoints answer bad bodies with a 4xx', async () => {
		for (const entry of matrix.filter((e) => e.method === 'POST' && e.json)) {
			const path = entry.path(world);
			const person = writers.find((p) => ![403, 404, 'login'].includes(entry.expect[p] as never)) ?? 'committee';
			await fc.assert(
				fc.asyncProperty(fc.oneof(fc.anything(), fc.object(), fc.string()), async (value) => {
					const res = await fetch(server.url + path, {
						method: 'POST',
						headers: { cookie: cookies[person], origin: server.url, 'content-type': 'application/json' },
						body: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null')
					});
					await noServerError(res, `POST ${path}`);
				}),
				{ numRuns: 40, seed: 20261122 }
			);
		}
	}, 300_000);

	it('import forms refuse random files with a 4xx or a form error', async () => {
		const targets: [Writer, string][] = [
			['admin', '/admin/frameworks?/import'],
			['leadA', `/assessments/${world.ids.dgA}/workbook/upload?/upload`],
			['leadA', `/assessments/${world.ids.dgA}/evidence?/document`]
		];
		for (const [person, action] of targets) {
			await fc.assert(
				fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.json', 'a.xlsx', 'a.pdf', 'x', '../../a.xlsx', 'Báo cáo.docx'), async (bytes, name) => {
					const form = new FormData();
					form.append('file', new Blob([new Uint8Array(bytes)]), name);
					form.append('title', 'Tệp thử');
					form.append('polarity', '+');
					const res = await fetch(server.url + action, { method: 'POST', redirect: 'manual', headers: { cookie: cookies[person], origin: server.url, accept: 'text/html' }, body: form });
					await noServerError(res, `${person} POST ${action}`);
				}),
				{ numRuns: 25, seed: 20261122 }
			);
		}
	}, 300_000);

	it('the database still holds together afterwards', async () => {
		const raw = new Database(server.dbPath);
		try {
			expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
			expect(raw.pragma('foreign_key_check')).toEqual([]);
			// The audit log only grows, and its guards are still in place.
			expect((raw.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n).toBeGreaterThanOrEqual(auditBefore);
			expect(() => raw.prepare('DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events)').run()).toThrow(/append-only/);
			// Every stored rating is one the frameworks know.
			const ratings = raw.prepare('SELECT DISTINCT rating FROM answers WHERE rating IS NOT NULL').all() as { rating: string }[];
			const known = ['1', '2', '3', '4', 'na', 'dont_know', 'red', 'red_yellow', 'yellow', 'yellow_green', 'green', 'grey'];
			expect(ratings.map((r) => r.rating).filter((r) => !known.includes(r))).toEqual([]);
			// What people typed is stored NFC-normalised.
			const texts = raw.prepare("SELECT name AS t FROM users UNION ALL SELECT comment FROM answers WHERE comment IS NOT NULL UNION ALL SELECT title FROM evidence").all() as { t: string }[];
			expect(texts.filter((r) => r.t !== r.t.normalize('NFC'))).toEqual([]);
			// Cached scores equal a fresh computation from the stored answers.
			const db = drizzle(raw, { schema });
			const definitions = new Map((raw.prepare('SELECT id, definition FROM frameworks').all() as { id: string; definition: string }[]).map((f) => [f.id, loadFramework(JSON.parse(f.definition))]));
			const cached = raw.prepare('SELECT s.assessment_id AS id, s.result, a.framework_id AS fw FROM score_cache s JOIN assessments a ON a.id = s.assessment_id').all() as { id: number; result: string; fw: string }[];
			expect(cached.length).toBeGreaterThan(50);
			const stale = cached.filter((c) => JSON.stringify(computeResult(db, c.id, definitions.get(c.fw)!)) !== JSON.stringify(JSON.parse(c.result)));
			expect(stale.map((s) => s.id)).toEqual([]);
		} finally {
			raw.close();
		}
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		expect(server.output()).not.toMatch(/\n\s+at [\w.<>]+ \(/);
	});
});
