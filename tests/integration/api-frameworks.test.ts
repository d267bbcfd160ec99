import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, postJson, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(async () => server?.stop());

const score = (id: string, body: unknown) => postJson(server.url, `/api/v1/frameworks/${id}/score`, body);

describe('GET /api/v1/frameworks', () => {
	it('lists the shipped versions with counts and crosswalks, flagged as a demo database', async () => {
		const body = await (await fetch(`${server.url}/api/v1/frameworks`)).json();
		expect(body.demo).toBe(true);
		const byId = Object.fromEntries(body.frameworks.map((f: { id: string }) => [f.id, f]));
		expect(byId['od-odra-3.1']).toMatchObject({ kind: 'od', sections: 8, questions: 43 });
		expect(byId['dg-sansang-1.0']).toMatchObject({ kind: 'dg', sections: 7, questions: 47, crosswalkFrom: null });
		expect(byId['dg-sansang-1.1']).toMatchObject({ kind: 'dg', sections: 7, questions: 48, crosswalkFrom: 'dg-sansang-1.0' });
	});

	it('serves one whole definition in both languages', async () => {
		const body = await (await fetch(`${server.url}/api/v1/frameworks/od-odra-3.1`)).json();
		expect(body.framework.sections[0].questions[0].text.vi.length).toBeGreaterThan(10);
		expect(body.framework.sections[0].questions[0].text.en.length).toBeGreaterThan(10);
		expect((await fetch(`${server.url}/api/v1/frameworks/xx-none-1.0`)).status).toBe(404);
	});
});

describe('POST /api/v1/frameworks/{id}/score', () => {
	it('scores DG answers with explanations', async () => {
		const res = await score('dg-sansang-1.0', {
			orgKind: 'ministry',
			answers: [
				{ code: 'DG-1.1', source: 'self', rating: '4' },
				{ code: 'DG-1.2', source: 'self', rating: '2' },
				{ code: 'DG-1.3', source: 'self', rating: 'dont_know' },
				{ code: 'DG-1.4', source: 'self', rating: 'na' }
			],
			national: [{ code: 'DG-1.5', rating: '3' }]
		});
		expect(res.status).toBe(200);
		const { result } = await res.json();
		const pillar = result.sources.self.pillars[0];
		expect(pillar.score).toBe(3); // (4 + 2 + 3) / 3
		expect(pillar.answered).toBe(3);
		// DG-1.6 and DG-1.7 unanswered, DG-1.3 don't know: applicable 6, N/A out
		expect(pillar.applicable).toBe(6);
		expect(pillar.coverage).toBe(0.5);
		expect(pillar.explanation.terms.find((t: { code: string }) => t.code === 'DG-1.3').role).toBe('dont_know');
		expect(result.algorithmVersion).toMatch(/^sansang-scoring-/);
	});

	it('suggests an OD dimension colour and explains it; an override needs a justification', async () => {
		const base = { code: 'OD-1', source: 'assessor', coreIssues: { 'OD-1.C1': 'partly', 'OD-1.C2': 'met', 'OD-1.C3': 'met' }, redTriggers: [] };
		const ok = await score('od-odra-3.1', { dimensions: [base] });
		const body = await ok.json();
		const d1 = body.result.dimensions[0].bySource.assessor;
		expect(d1.suggestion.colour).toBe('yellow');
		expect(d1.suggestion.reasons[0]).toEqual({ rule: 'gate_not_met', missing: ['OD-1.C1'] });

		const refused = await score('od-odra-3.1', { dimensions: [{ ...base, colour: 'green' }] });
		expect(refused.status).toBe(400);
		const issues = (await refused.json()).issues;
		expect(issues[0].path).toBe('dimensions.OD-1.assessor.justification');
		expect(issues[0].message.en).toContain('justification');
		expect(issues[0].message.vi).toContain('lý do');

		const justified = await score('od-odra-3.1', { dimensions: [{ ...base, colour: 'green', justification: 'Rubric (i): the Prime Minister endorsed the plan in writing in 2026.' }] });
		expect(justified.status).toBe(200);
		expect((await justified.json()).result.dimensions[0].bySource.assessor.confirmed.override).toBe(true);
	});

	it.each([
		['an unknown question', { answers: [{ code: 'DG-9.9', source: 'self', rating: '3' }] }, 'answers.0.code', 'DG-9.9 is not a question'],
		['a rating the question does not allow', { answers: [{ code: 'DG-1.1', source: 'self', rating: 'green' }] }, 'answers.0.rating', 'is not a rating of DG-1.1'],
		['a wrong type', { answers: [{ code: 'DG-1.1', source: 'self', rating: 3 }] }, 'answers.0.rating', ''],
		['an unknown source', { answers: [{ code: 'DG-1.1', source: 'boss', rating: '3' }] }, 'answers.0.source', ''],
		['a national question sent per source', { answers: [{ code: 'DG-1.5', source: 'self', rating: '3' }] }, 'answers.0.code', 'national question'],
		['a duplicate answer', { answers: [{ code: 'DG-1.1', source: 'self', rating: '3' }, { code: 'DG-1.1', source: 'self', rating: '2' }] }, 'answers.1', 'more than one'],
		['dimensions for a DG framework', { dimensions: [{ code: 'OD-1', source: 'assessor' }] }, 'dimensions', 'open data']
	])('refuses %s with 400 naming the place', async (_name, body, path, text) => {
		const res = await score('dg-sansang-1.0', body);
		expect(res.status).toBe(400);
		const { issues } = await res.json();
		expect(issues[0].path).toBe(path);
		expect(issues[0].message.en).toContain(text);
	});

	it('refuses an unknown core issue or RED trigger', async () => {
		const res = await score('od-odra-3.1', { dimensions: [{ code: 'OD-2', source: 'final', coreIssues: { 'OD-2.C9': 'met' }, redTriggers: ['OD-1.R1'] }] });
		expect(res.status).toBe(400);
		const paths = (await res.json()).issues.map((i: { path: string }) => i.path);
		expect(paths).toEqual(['dimensions.0.coreIssues.OD-2.C9', 'dimensions.0.redTriggers.0']);
	});

	it('refuses an oversized body and malformed JSON with 400', async () => {
		const huge = { answers: Array.from({ length: 1 }, () => ({ code: 'DG-1.1', source: 'self', rating: 'x'.repeat(300_000) })) };
		const big = await score('dg-sansang-1.0', huge);
		expect(big.status).toBe(400);
		expect((await big.json()).issues[0].message.en).toContain('larger than');
		const bad = await fetch(`${server.url}/api/v1/frameworks/dg-sansang-1.0/score`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers": [' });
		expect(bad.status).toBe(400);
		expect((await bad.json()).issues[0].message.en).toContain('not valid JSON');
	});
});
