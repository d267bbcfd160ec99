import { describe, expect, it } from 'vitest';
import { loadFramework } from '../frameworks/validate';
import type { DgFramework, OdFramework } from '../frameworks/schema';
import { scoreDg, scoreOd } from '../scoring/engine';
import { miniDg, miniOd } from '../scoring/fixtures/mini-frameworks';
import { barsModel, distributionModel, displayScore, gapModel, heatmapModel, radarModel, type DashboardRow } from './charts';
import type { AnswerInput } from '../scoring/types';

const dg = loadFramework(miniDg) as DgFramework;
const od = loadFramework(miniOd) as OdFramework;
const a = (code: string, source: AnswerInput['source'], rating: string): AnswerInput => ({ code, source, rating });

const dgRow = (name: string, kind: string, region: string | null, levels: string[], selfLevels?: string[]): DashboardRow => ({
	assessmentId: name.length,
	organisationId: name.length,
	name,
	kind,
	region,
	status: 'validated',
	result: scoreDg(dg, {
		answers: [
			...['DG-1.1', 'DG-1.2', 'DG-1.3', 'DG-1.4'].map((c, i) => a(c, 'assessor', levels[i])),
			...(selfLevels ?? []).map((l, i) => a(['DG-1.1', 'DG-1.2', 'DG-1.3', 'DG-1.4'][i], 'self', l))
		]
	})
});

const rows = [
	dgRow('Đà Nẵng', 'city', 'north_central_coast', ['3', '3', '3', '3'], ['4', '4', '3', '3']),
	dgRow('Cà Mau', 'province', 'mekong_delta', ['1', '2', '2', '1'], ['1', '2', '2', 'dont_know']),
	dgRow('Bộ Y tế', 'ministry', null, ['4', '4', '3', '4'])
];

describe('heatmap (golden values)', () => {
	it('orders by Vietnamese name by default and shows the effective (assessor, before validation) pillar scores', () => {
		const model = heatmapModel(dg, rows, 'effective', 'name', 'vi');
		expect(model.rows.map((r) => r.name)).toEqual(['Bộ Y tế', 'Cà Mau', 'Đà Nẵng']);
		expect(model.rows.map((r) => (r.cells[0].kind === 'dg' ? r.cells[0].score : null))).toEqual([3.75, 1.5, 3]);
		expect(model.columns).toEqual(['DG-1', 'DG-2']);
	});

	it('orders by kind and by region on request, and by score only in the rank view', () => {
		expect(heatmapModel(dg, rows, 'effective', 'kind', 'vi').rows.map((r) => r.name)).toEqual(['Bộ Y tế', 'Đà Nẵng', 'Cà Mau']);
		expect(heatmapModel(dg, rows, 'effective', 'region', 'vi').rows.map((r) => r.name)).toEqual(['Đà Nẵng', 'Cà Mau', 'Bộ Y tế']);
		const rank = heatmapModel(dg, rows, 'effective', 'rank', 'vi');
		expect(rank.rows.map((r) => r.name)).toEqual(['Bộ Y tế', 'Đà Nẵng', 'Cà Mau']);
		expect(rank.rows.map((r) => r.rankValue)).toEqual([3.75, 3, 1.5]);
	});
});

describe('distribution (golden values)', () => {
	it('counts organisations per band, never averaging', () => {
		const model = distributionModel(dg, rows, 'effective');
		expect(model.categories).toEqual(['initial', 'developing', 'defined', 'optimised', 'none']);
		expect(model.series[0].counts).toEqual({ initial: 1, developing: 0, defined: 1, optimised: 1, none: 0 });
		// Pillar two has no answers: every organisation is without a score.
		expect(model.series[1].counts.none).toBe(3);
	});

	it('counts OD dimensions by confirmed colour, with not-rated kept apart and GREY its own category', () => {
		const result = (colour: 'green' | 'grey' | null) =>
			scoreOd(od, { answers: [], dimensions: colour ? [{ code: 'OD-1', source: 'assessor', coreIssues: { 'OD-1.C1': 'met', 'OD-1.C2': 'met' }, redTriggers: [], colour, justification: colour === 'grey' ? 'Chưa đủ thông tin' : null }] : [] });
		const odRows: DashboardRow[] = [result('green'), result('grey'), result(null)].map((r, i) => ({ assessmentId: i, organisationId: i, name: `X${i}`, kind: 'province', region: null, status: 'in_review', result: r }));
		const model = distributionModel(od, odRows, 'effective');
		expect(model.categories).toEqual(['green', 'yellow_green', 'yellow', 'red_yellow', 'red', 'grey', 'not_assessed']);
		expect(model.series[0].counts).toMatchObject({ green: 1, grey: 1, not_assessed: 1, red: 0 });
	});
});

describe('gaps and one agency', () => {
	it('sums self-vs-assessor gaps per pillar over the organisations shown', () => {
		const model = gapModel(dg, rows);
		// Đà Nẵng: 3 vs 4 twice (rating gaps); Cà Mau: don't know vs 1 (information gap).
		expect(model.series[0]).toEqual({ code: 'DG-1', rating: 2, information: 1, compared: 8 });
	});

	it('radar and bars carry unrounded scores; display rounds to one decimal', () => {
		const result = rows[0].result;
		if (result.kind !== 'dg') throw new Error('dg');
		expect(radarModel(result, ['self', 'assessor']).series.map((s) => s.values[0])).toEqual([3.5, 3]);
		expect(barsModel(result, 'assessor').bars[0]).toMatchObject({ code: 'DG-1', score: 3, coverage: 1, answered: 4, applicable: 4 });
		expect([displayScore(2 / 3 + 2), displayScore(null), displayScore(3.25)]).toEqual(['2.7', null, '3.3']);
	});
});
