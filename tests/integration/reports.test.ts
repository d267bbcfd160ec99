/**
 * Reports over HTTP against the production build and a fresh demo database: drafted from the data, edited
 * (audited, with conflicts refused and nothing lost), frozen as final (and then immune to later answers),
 * continued in a new draft; who reads what; and that interview notes never reach a report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, postForm, postJson, signIn, startServer, type TestServer } from './harness';
import { buildWorld, emails, type World } from './access-matrix';

let server: TestServer;
let world: World;
const cookies: Record<string, string> = {};

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	world = buildWorld(db);
	db.close();
	for (const [who, email] of Object.entries({ ...emails, yte: 'yte@sansang.example', yteLead: 'yte.lanhdao@sansang.example' }))
		cookies[who] = await signIn(server.url, email);
});
afterAll(async () => server?.stop());

function query<T>(sql: string, ...args: unknown[]): T[] {
	const db = server.db();
	try {
		return db.prepare(sql).all(...args) as T[];
	} finally {
		db.close();
	}
}

/** The report document alone (the page around it carries a fresh CSP nonce on every answer). */
const documentOf = (html: string) => html.slice(html.indexOf('<article class="report'), html.indexOf('</article>') + 10);

interface ItemRow {
	id: number;
	kind: string;
	section: string;
	text_vi: string | null;
	text_en: string | null;
	fields: string;
	version: number;
}

describe('an agency report, from draft to final', () => {
	let reportId = 0;

	it('the assessor of Đà Nẵng drafts it from the data: a recommendation and an action for every item below target', async () => {
		const res = await postForm(server.url, `/rounds/${world.ids.round}/reports?/create`, { kind: 'agency', organisation: String(world.ids.orgB) }, cookies.otherAssessor);
		expect(res.status).toBe(303);
		reportId = Number(/\/reports\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
		expect(reportId).toBeGreaterThan(0);
		const items = query<ItemRow>('SELECT * FROM report_items WHERE report_id = ?', reportId);
		const recs = items.filter((i) => i.kind === 'recommendation');
		expect(recs.length).toBeGreaterThan(0);
		expect(items.filter((i) => i.kind === 'action').length).toBe(recs.length);
		// Every drafted item is in both languages.
		expect(recs.every((i) => i.text_vi && i.text_en)).toBe(true);
		const audit = query<{ action: string }>("SELECT action FROM audit_events WHERE entity = 'report' AND entity_id = ?", String(reportId));
		expect(audit.map((a) => a.action)).toEqual(['create']);
	});

	it('renders as a document with no script, the organisation named with its diacritics, in either language', async () => {
		const vi = await (await get(server.url, `/reports/${reportId}`, cookies.otherAssessor)).text();
		expect(vi).not.toMatch(/<script/i);
		expect(documentOf(vi)).toContain('Đà Nẵng');
		expect(documentOf(vi)).toContain('Kế hoạch hành động');
		expect(documentOf(vi)).toContain('không phải phép đo lường chính xác hay bảng xếp hạng');
		const en = await (await get(server.url, `/reports/${reportId}`, `${cookies.otherAssessor}; PARAGLIDE_LOCALE=en`)).text();
		expect(documentOf(en)).toContain('Action plan');
		expect(documentOf(en)).toContain('not a precise measurement or a ranking');
	});

	it('never shows interview notes, only who was interviewed, in which category and when', async () => {
		const notes = query<{ notes: string }>(
			'SELECT i.notes FROM interviews i JOIN interview_organisations o ON o.interview_id = i.id WHERE i.round_id = ? AND o.organisation_id = ? AND length(i.notes) > 30',
			world.ids.round,
			world.ids.orgB
		);
		expect(notes.length).toBeGreaterThan(0);
		const html = documentOf(await (await get(server.url, `/reports/${reportId}`, cookies.otherAssessor)).text());
		for (const { notes: n } of notes) expect(html).not.toContain(n.slice(0, 30));
	});

	it('an edit to an action is saved and audited; a stale edit is refused with what was typed kept; an empty one changes nothing', async () => {
		const action = query<ItemRow>("SELECT * FROM report_items WHERE report_id = ? AND kind = 'action' ORDER BY position LIMIT 1", reportId)[0];
		const fields = {
			item: String(action.id),
			baseVersion: String(action.version),
			textVi: 'Giao Sở Khoa học và Công nghệ chủ trì kế hoạch dữ liệu mở',
			textEn: 'Assign the Department of Science and Technology to lead the open data plan',
			responsibleVi: 'Sở Khoa học và Công nghệ',
			responsibleEn: 'Department of Science and Technology',
			timescale: '0-6',
			priority: 'high',
			cost: '200 triệu đồng',
			dependencies: ''
		};
		const ok = await postForm(server.url, `/reports/${reportId}/edit?/save`, fields, cookies.otherAssessor);
		expect(ok.status).toBe(200);
		const saved = query<ItemRow>('SELECT * FROM report_items WHERE id = ?', action.id)[0];
		expect(saved.text_vi).toBe(fields.textVi);
		expect(JSON.parse(saved.fields)).toMatchObject({ cost: '200 triệu đồng', timescale: '0-6', responsibleEn: 'Department of Science and Technology' });
		expect(saved.version).toBe(action.version + 1);
		const audit = query<{ before: string; after: string }>("SELECT before, after FROM audit_events WHERE entity = 'report_item' AND entity_id = ? AND action = 'update'", String(action.id));
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0].before).textVi).toBe(action.text_vi);

		// Someone else's edit arrived first: refused, the typed text comes back, the saved one stays.
		const stale = await postForm(server.url, `/reports/${reportId}/edit?/save`, { ...fields, textVi: 'Bản sửa cũ', baseVersion: String(action.version) }, cookies.committee);
		expect(stale.status).toBe(409);
		const body = await stale.text();
		expect(body).toContain('vừa được người khác sửa');
		expect(body).toContain('Bản sửa cũ');
		expect(query<ItemRow>('SELECT * FROM report_items WHERE id = ?', action.id)[0].text_vi).toBe(fields.textVi);

		const empty = await postForm(server.url, `/reports/${reportId}/edit?/save`, { ...fields, textVi: '  ', textEn: '', baseVersion: String(saved.version) }, cookies.otherAssessor);
		expect(empty.status).toBe(400);
		expect(await empty.text()).toContain('ít nhất một ngôn ngữ');
		expect(query<ItemRow>('SELECT * FROM report_items WHERE id = ?', action.id)[0].version).toBe(saved.version);
	});

	it('a passage added in Vietnamese only shows as not translated in English', async () => {
		const res = await postForm(server.url, `/reports/${reportId}/edit?/add`, { section: 'OD-1', kind: 'strength', textVi: 'Lãnh đạo thành phố cam kết công khai dữ liệu', textEn: '' }, cookies.otherAssessor);
		expect(res.status).toBe(200);
		const en = documentOf(await (await get(server.url, `/reports/${reportId}`, `${cookies.otherAssessor}; PARAGLIDE_LOCALE=en`)).text());
		expect(en).toMatch(/Lãnh đạo thành phố cam kết công khai dữ liệu<\/span>\s*<em class="not-translated[^"]*">\(not translated\)<\/em>/);
	});

	it('items can be moved and removed, each audited', async () => {
		const actions = query<ItemRow>("SELECT * FROM report_items WHERE report_id = ? AND kind = 'action' ORDER BY position", reportId);
		expect(actions.length).toBeGreaterThan(1);
		expect((await postForm(server.url, `/reports/${reportId}/edit?/move`, { item: String(actions[1].id), direction: 'up' }, cookies.otherAssessor)).status).toBe(200);
		const after = query<ItemRow>("SELECT * FROM report_items WHERE report_id = ? AND kind = 'action' ORDER BY position", reportId);
		expect(after.slice(0, 2).map((a) => a.id)).toEqual([actions[1].id, actions[0].id]);
		expect((await postForm(server.url, `/reports/${reportId}/edit?/remove`, { item: String(actions[0].id) }, cookies.otherAssessor)).status).toBe(200);
		expect(query('SELECT id FROM report_items WHERE id = ?', actions[0].id)).toEqual([]);
		const audit = query<{ action: string }>("SELECT action FROM audit_events WHERE entity = 'report_item' AND entity_id IN (?, ?) ORDER BY id", String(actions[0].id), String(actions[1].id));
		// (the first action was edited earlier in this story)
		expect(audit.map((a) => a.action).slice(-2)).toEqual(['move_up', 'delete']);
	});

	it('frozen as final, it never changes when answers change later; a new draft continues from it and sees the change', async () => {
		expect((await postForm(server.url, `/reports/${reportId}?/freeze`, {}, cookies.otherAssessor)).status).toBe(200);
		expect(query<{ status: string }>('SELECT status FROM reports WHERE id = ?', reportId)[0].status).toBe('final');
		const before = documentOf(await (await get(server.url, `/reports/${reportId}`, cookies.committee)).text());

		// The assessor changes an OD rating of Đà Nẵng after the freeze.
		const answer = query<{ rating: string; version: number }>("SELECT rating, version FROM answers WHERE assessment_id = ? AND question_code = 'OD-5.1' AND source = 'assessor'", world.ids.odB)[0];
		const rating = answer?.rating === 'red' ? 'green' : 'red';
		const save = await postJson(server.url, `/assessments/${world.ids.odB}/save`, { questionCode: 'OD-5.1', source: 'assessor', rating, baseVersion: answer?.version ?? 0 }, cookies.otherAssessor);
		expect(save.status).toBe(200);

		const after = documentOf(await (await get(server.url, `/reports/${reportId}`, cookies.committee)).text());
		expect(after).toBe(before);
		// Editing a final report is refused.
		expect((await get(server.url, `/reports/${reportId}/edit`, cookies.otherAssessor)).status).toBe(303);
		const item = query<ItemRow>('SELECT * FROM report_items WHERE report_id = ? LIMIT 1', reportId)[0];
		const refused = await postForm(server.url, `/reports/${reportId}/edit?/save`, { item: String(item.id), baseVersion: String(item.version), textVi: 'x' }, cookies.committee);
		expect(refused.status).toBe(303);

		const next = await postForm(server.url, `/reports/${reportId}?/draft`, {}, cookies.otherAssessor);
		expect(next.status).toBe(303);
		const nextId = Number(/\/reports\/(\d+)\/edit/.exec(next.headers.get('location') ?? '')?.[1]);
		expect(nextId).toBeGreaterThan(reportId);
		const [row] = query<{ revision: number; status: string }>('SELECT revision, status FROM reports WHERE id = ?', nextId);
		expect(row).toEqual({ revision: 2, status: 'draft' });
		// The editors' work carries over…
		const texts = (id: number) => query<ItemRow>('SELECT * FROM report_items WHERE report_id = ? ORDER BY position, id', id).map((i) => [i.kind, i.section, i.text_vi, i.text_en, i.fields]);
		expect(texts(nextId)).toEqual(texts(reportId));
		// …and the new draft reads today's data while the final keeps its own.
		const draftHtml = documentOf(await (await get(server.url, `/reports/${nextId}`, cookies.committee)).text());
		const cell = (html: string) => /OD-5\.1<\/code>[^<]*<\/th>\s*<td[^>]*>([^<]*)<\/td>/.exec(html)?.[1];
		expect(cell(after)).toBeTruthy();
		expect(cell(draftHtml)).not.toBe(cell(after));
		// Only one draft at a time.
		const again = await postForm(server.url, `/rounds/${world.ids.round}/reports?/create`, { kind: 'agency', organisation: String(world.ids.orgB) }, cookies.committee);
		expect(again.status).toBe(409);
		expect(await again.text()).toContain('đã có một dự thảo');
		// The earlier final stays readable.
		expect((await get(server.url, `/reports/${reportId}`, cookies.otherAssessor)).status).toBe(200);
	});

	it('Đà Nẵng itself cannot read its final report until its results are published', async () => {
		expect((await get(server.url, `/reports/${reportId}`, cookies.respondentB)).status).toBe(403);
		const list = await (await get(server.url, `/rounds/${world.ids.round}/reports`, cookies.respondentB)).text();
		expect(list).not.toContain(`/reports/${reportId}"`);
	});
});

describe('who reads which report', () => {
	it('a published organisation reads its own final report; other organisations and the public do not', async () => {
		const id = world.ids.reportFinal;
		for (const who of ['yte', 'yteLead']) expect((await get(server.url, `/reports/${id}`, cookies[who])).status).toBe(200);
		expect((await get(server.url, `/reports/${id}`, cookies.respondentA)).status).toBe(403);
		expect((await get(server.url, `/reports/${id}`)).status).toBe(303);
		const list = await (await get(server.url, `/rounds/${world.ids.round}/reports`, cookies.yte)).text();
		expect(list).toContain(`/reports/${id}"`);
		// Nothing else of the round is listed to them: no national synthesis in draft, no other organisation.
		expect(list).not.toContain(`/reports/${world.ids.reportNational}"`);
		expect(list).not.toContain(`/reports/${world.ids.reportDraft}"`);
	});

	it('the demo final report shows the edited action and the Vietnamese-only passage, marked in English', async () => {
		const en = documentOf(await (await get(server.url, `/reports/${world.ids.reportFinal}`, `${cookies.yte}; PARAGLIDE_LOCALE=en`)).text());
		expect(en).toContain('Bộ Y tế');
		expect(en).toContain('within the 2027 recurrent budget');
		expect(en).toContain('(not translated)');
	});

	it('drafts are never public, and neither is the national synthesis before it is final and published', async () => {
		for (const id of [world.ids.reportDraft, world.ids.reportNational]) {
			expect((await get(server.url, `/reports/${id}`)).status).toBe(303);
			expect((await get(server.url, `/reports/${id}`, cookies.respondentA)).status).toBe(403);
		}
	});
});
