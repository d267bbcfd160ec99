/**
 * The open-data API and the exports, over HTTP against the production build and a fresh demo database:
 * what is served, in which form, to whom — and that nothing unpublished leaks through the public API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, postForm, postJson, signIn, startServer, type TestServer } from './harness';
import { buildWorld, emails, type World } from './access-matrix';
import { parseCsv } from '../../src/lib/server/exports/csv';
import { readXlsx } from '../../src/lib/server/exports/xlsx';

let server: TestServer;
let world: World;
const cookies: Record<string, string> = {};

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	world = buildWorld(db);
	db.close();
	for (const person of ['committee', 'respondentA', 'assessor'] as const)
		cookies[person] = await signIn(server.url, emails[person]);
});
afterAll(async () => server?.stop());

/** Runs a read-only query on the server's database. */
function query<T>(sql: string, ...args: unknown[]): T[] {
	const db = server.db();
	try {
		return db.prepare(sql).all(...args) as T[];
	} finally {
		db.close();
	}
}

interface ResultJson {
	organisation: { code: string; name: { vi: string } };
	framework: { id: string };
	snapshotVersion: number;
	publishedAt: string;
	previousVersions: { snapshotVersion: number }[];
	questions: { code: string; rating: string | null }[];
	pillars?: { code: string; score: number | null; coverage: number | null }[];
	dimensions?: { code: string; colour: string | null }[];
}

const resultsJson = async (): Promise<{ demo: boolean; licence: { id: string }; results: ResultJson[] }> =>
	(await fetch(`${server.url}/api/v1/rounds/${world.ids.round}/results.json`)).json();

const key = (r: { organisation: { code: string }; framework: { id: string } }) =>
	`${r.organisation.code}|${r.framework.id}`;

describe('open-data API', () => {
	it('GET /api/v1/rounds lists the rounds with published results, with counts, links, licence and the demo flag', async () => {
		const res = await fetch(`${server.url}/api/v1/rounds`);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		const body = await res.json();
		expect(body.demo).toBe(true);
		expect(body.licence).toMatchObject({
			id: 'CC-BY-4.0',
			url: 'https://creativecommons.org/licenses/by/4.0/'
		});
		const [{ n }] = query<{ n: number }>(
			'SELECT COUNT(DISTINCT assessment_id) AS n FROM snapshots WHERE round_id = ?',
			world.ids.round
		);
		const round = body.rounds.find((r: { id: number }) => r.id === world.ids.round);
		expect(round.publishedAssessments).toBe(n);
		expect(n).toBeGreaterThan(0);
		expect(round.links.resultsCsv).toBe(`${server.url}/api/v1/rounds/${world.ids.round}/results.csv`);
		expect(round.lastPublishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});

	it('results.json serves exactly the assessments with a snapshot — not the validated ones nor anything self or assessor', async () => {
		const body = await resultsJson();
		expect(body.demo).toBe(true);
		expect(body.licence.id).toBe('CC-BY-4.0');
		const published = query<{ code: string; fw: string }>(
			'SELECT DISTINCT o.code AS code, a.framework_id AS fw FROM snapshots s JOIN assessments a ON a.id = s.assessment_id JOIN organisations o ON o.id = a.organisation_id WHERE s.round_id = ?',
			world.ids.round
		);
		expect(new Set(body.results.map(key))).toEqual(new Set(published.map((p) => `${p.code}|${p.fw}`)));
		const validatedOnly = query<{ code: string; fw: string }>(
			"SELECT o.code AS code, a.framework_id AS fw FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE a.round_id = ? AND a.status <> 'published' AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.assessment_id = a.id)",
			world.ids.round
		);
		expect(validatedOnly.some((v) => v.code === 'ha-noi')).toBe(true);
		for (const v of validatedOnly) expect(body.results.map(key)).not.toContain(`${v.code}|${v.fw}`);

		const text = JSON.stringify(body);
		expect(text).not.toMatch(/"self"|"assessor"|"comment"/);
		// Assessor and respondent comments on published assessments, interview notes: none of it is open data.
		const secrets = query<{ t: string }>(
			'SELECT comment AS t FROM answers WHERE comment IS NOT NULL AND length(comment) > 20 AND assessment_id IN (SELECT assessment_id FROM snapshots) LIMIT 20'
		).concat(query<{ t: string }>('SELECT notes AS t FROM interviews WHERE length(notes) > 20 LIMIT 5'));
		expect(secrets.length).toBeGreaterThan(0);
		for (const s of secrets) expect(text).not.toContain(s.t.slice(0, 40));
	});

	it('results.csv: the same results as a locale-neutral long table (no BOM, codes, decimal points)', async () => {
		const res = await fetch(`${server.url}/api/v1/rounds/${world.ids.round}/results.csv`);
		expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.csv"$/);
		expect(res.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
		const col = (name: string) => header.indexOf(name);
		const body = await resultsJson();
		const expectedRows = body.results.reduce(
			(n, r) => n + r.questions.length + (r.pillars?.length ?? 0) + (r.dimensions?.length ?? 0),
			0
		);
		expect(rows).toHaveLength(expectedRows);
		const dg = body.results.find(
			(r) =>
				r.framework.id === 'dg-sansang-1.1' &&
				r.pillars?.some((p) => p.score !== null && !Number.isInteger(p.score))
		)!;
		const pillar = dg.pillars!.find((p) => p.score !== null && !Number.isInteger(p.score))!;
		const row = rows.find(
			(r) =>
				r[col('organisation_code')] === dg.organisation.code &&
				r[col('level')] === 'pillar' &&
				r[col('code')] === pillar.code
		)!;
		expect(row[col('score')]).toMatch(/^\d\.\d+$/);
		expect(Number(row[col('score')])).toBe(pillar.score);
		expect(row[col('published_at')]).toBe(dg.publishedAt);
		expect(row[col('demo')]).toBe('true');
		expect(row[col('organisation_name_vi')]).toBe(dg.organisation.name.vi);
	});

	it('404 for a round with nothing published and for one that does not exist', async () => {
		const db = server.db();
		const id = Number(
			db
				.prepare(
					"INSERT INTO rounds (name_vi, year, mode, status) VALUES ('Đợt chưa công bố', 2027, 'self_then_validation', 'open')"
				)
				.run().lastInsertRowid
		);
		db.close();
		for (const path of [
			`/api/v1/rounds/${id}/results.json`,
			`/api/v1/rounds/${id}/results.csv`,
			'/api/v1/rounds/999999/results.json',
			'/api/v1/rounds/abc/results.csv'
		]) {
			const res = await fetch(server.url + path);
			expect(res.status, path).toBe(404);
			expect((await res.json()).error).toBe('not_found');
		}
		const rounds = await (await fetch(`${server.url}/api/v1/rounds`)).json();
		expect(rounds.rounds.map((r: { id: number }) => r.id)).not.toContain(id);
	});

	it('a re-opened assessment keeps serving its snapshot; a changed final rating appears only once published again, as version 2', async () => {
		const [health] = query<{ id: number }>(
			"SELECT a.id FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE o.code = 'bo-y-te' AND a.framework_id = 'dg-sansang-1.1' AND a.round_id = ?",
			world.ids.round
		);
		const find = (b: { results: ResultJson[] }) =>
			b.results.find((r) => r.organisation.code === 'bo-y-te' && r.framework.id === 'dg-sansang-1.1')!;
		const before = find(await resultsJson());
		expect(before).toBeTruthy();

		const reopen = await postForm(
			server.url,
			`/assessments/${health.id}?/transition`,
			{ name: 'reopen', comment: 'Rà soát lại DG-1.1' },
			cookies.committee
		);
		expect(reopen.status).toBe(200);
		const [{ status }] = query<{ status: string }>('SELECT status FROM assessments WHERE id = ?', health.id);
		expect(status).toBe('validated');
		const [final] = query<{ rating: string; version: number }>(
			"SELECT rating, version FROM answers WHERE assessment_id = ? AND source = 'final' AND question_code = 'DG-1.1'",
			health.id
		);
		const changed = final.rating === '1' ? '4' : '1';
		const save = await postJson(
			server.url,
			`/assessments/${health.id}/save`,
			{ questionCode: 'DG-1.1', source: 'final', rating: changed, baseVersion: final.version },
			cookies.committee
		);
		expect(save.status).toBe(200);
		expect(find(await resultsJson())).toEqual(before);

		const publish = await postForm(
			server.url,
			`/assessments/${health.id}?/transition`,
			{ name: 'publish', comment: 'Đính chính DG-1.1' },
			cookies.committee
		);
		expect(publish.status).toBe(200);
		expect(
			query<{ status: string }>('SELECT status FROM assessments WHERE id = ?', health.id)[0].status
		).toBe('published');
		const after = find(await resultsJson());
		expect(after.snapshotVersion).toBe(before.snapshotVersion + 1);
		expect(after.questions.find((q) => q.code === 'DG-1.1')?.rating).toBe(changed);
		expect(after.previousVersions.map((v) => v.snapshotVersion)).toEqual([before.snapshotVersion]);
	});

	it('GET /api/v1/organisations: the register with validity, names over time and predecessors', async () => {
		const body = await (await fetch(`${server.url}/api/v1/organisations`)).json();
		expect(body.demo).toBe(true);
		const hue = body.organisations.find((o: { code: string }) => o.code === 'thua-thien-hue-2018');
		expect(hue.names.map((n: { vi: string; kind: string }) => `${n.vi} (${n.kind})`)).toEqual([
			'Thừa Thiên Huế (province)',
			'Huế (city)'
		]);
		expect(hue.validTo).toBe('2025-06-30');
		const hcm = body.organisations.find((o: { code: string }) => o.code === 'ho-chi-minh');
		expect(hcm.predecessors.map((p: { code: string }) => p.code).sort()).toEqual([
			'ba-ria-vung-tau-2018',
			'binh-duong-2018',
			'ho-chi-minh-2018'
		]);
		expect(hcm.validFrom).toBe('2025-07-01');
	});
});

describe('exports for people', () => {
	const dashboard = (q: string) => `/rounds/${world.ids.round}/dashboard/export?framework=dg-sansang-1.1${q}`;

	it('dashboard CSV: an attachment with an ASCII name, a BOM, Vietnamese labels and decimal commas; English on request', async () => {
		const res = await get(server.url, dashboard(''), cookies.committee);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="sansang-2026-dg-sansang-1-1-heatmap.csv"'
		);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes), ';');
		expect(header[0]).toBe('Cơ quan, đơn vị');
		expect(rows.map((r) => r[0])).toContain('Bộ Tài chính');
		expect(rows.flat().some((c) => /^\d,\d+$/.test(c))).toBe(true);

		const en = await get(server.url, dashboard('&view=gaps'), `${cookies.committee}; PARAGLIDE_LOCALE=en`);
		const [enHeader] = parseCsv(await en.text(), ',');
		expect(enHeader).toEqual([
			'Code',
			'Pillar / dimension',
			'Questions compared',
			'Rating gaps',
			'Information gaps'
		]);
	});

	it('dashboard XLSX with filters; a bad filter is refused; not for respondents or assessors', async () => {
		const res = await get(
			server.url,
			dashboard('&format=xlsx&view=heatmap&kind=ministry&order=rank&source=final'),
			cookies.committee
		);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const [sheet, about] = await readXlsx(Buffer.from(await res.arrayBuffer()));
		const names = sheet.rows.slice(1).map((r) => r[0]);
		expect(names).toContain('Bộ Tài chính');
		expect(names).not.toContain('Đà Nẵng');
		expect(sheet.rows[0].at(-1)).toBe('Giá trị xếp hạng (chỉ để tham khảo, không thuộc phương pháp)');
		expect(about.rows.flat()).toContain('Kết quả mang tính chẩn đoán, không phải phép đo hay bảng xếp hạng.');
		expect((await get(server.url, dashboard('&kind=planet'), cookies.committee)).status).toBe(400);
		expect(
			(
				await get(
					server.url,
					`/rounds/${world.ids.round}/dashboard/export?framework=dg-none-9`,
					cookies.committee
				)
			).status
		).toBe(404);
		expect((await get(server.url, dashboard(''), cookies.respondentA)).status).toBe(403);
		expect((await get(server.url, dashboard(''), cookies.assessor)).status).toBe(403);
	});

	it('assessment export: the respondent gets their own ratings only; the assessor gets what the blind rule allows', async () => {
		const mine = await get(server.url, `/assessments/${world.ids.dgA}/export`, cookies.respondentA);
		const [header] = parseCsv(await mine.text(), ';');
		expect(header).toEqual([
			'Mã',
			'Trụ cột / khía cạnh',
			'Câu hỏi',
			'Phạm vi',
			'Tự đánh giá',
			'Độ tin cậy của minh chứng'
		]);
		const assessor = await get(
			server.url,
			`/assessments/${world.ids.odA}/export?format=xlsx`,
			cookies.assessor
		);
		const sheets = await readXlsx(Buffer.from(await assessor.arrayBuffer()));
		expect(sheets[0].rows[0]).toContain('Chuyên gia');
		const hidden = sheets[0].rows.filter((r) => r.includes('Ẩn (đánh giá độc lập)'));
		const [{ unrated }] = query<{ unrated: number }>(
			"SELECT COUNT(*) AS unrated FROM answers s WHERE s.assessment_id = ? AND s.source = 'self' AND s.rating IS NOT NULL AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.assessment_id = s.assessment_id AND a.question_code = s.question_code AND a.source = 'assessor' AND a.rating IS NOT NULL)",
			world.ids.odA
		);
		expect(unrated).toBeGreaterThan(0);
		expect(hidden.length).toBeGreaterThanOrEqual(unrated);
		expect(
			(await get(server.url, `/assessments/${world.ids.dgA}/export?format=pdf`, cookies.respondentA)).status
		).toBe(400);
	});
});
