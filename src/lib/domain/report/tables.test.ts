import { describe, expect, it } from 'vitest';
import { loadFramework } from '../frameworks/validate';
import type { DgFramework, OdFramework } from '../frameworks/schema';
import { miniDg, miniOd } from '../scoring/fixtures/mini-frameworks';
import { scoreDg, scoreOd } from '../scoring/engine';
import type { AnswerInput, DimensionInput } from '../scoring/types';
import {
	barsModel,
	distributionModel,
	gapModel,
	heatmapModel,
	odCells,
	radarModel,
	type DashboardRow
} from './charts';
import {
	distributionTable,
	gapTable,
	heatmapTable,
	odDimensionsTable,
	pillarBarsTable,
	questionsTable,
	radarTable,
	type Label
} from './tables';

const dg = loadFramework(miniDg) as DgFramework;
const od = loadFramework(miniOd) as OdFramework;

/** Says what it was asked, so a test sees which label each cell went through. */
const label: Label = (kind, code) => `${kind}:${code}`;

const answer =
	(source: AnswerInput['source']) =>
	(code: string, rating: string | null): AnswerInput => ({ code, source, rating });
const self = answer('self');
const assessor = answer('assessor');
const final = answer('final');

const dgRow = (
	assessmentId: number,
	name: string,
	kind: string,
	region: string | null,
	answers: AnswerInput[]
): DashboardRow => ({
	assessmentId,
	organisationId: assessmentId,
	name,
	kind,
	region,
	status: 'validated',
	result: scoreDg(
		dg,
		{ answers, national: [{ code: 'DG-2.3', rating: '2' }] },
		{ orgKind: kind as 'ministry' }
	)
});

const dgRows: DashboardRow[] = [
	dgRow(1, 'Đà Nẵng', 'city', 'north_central_coast', [
		self('DG-1.1', '4'),
		assessor('DG-1.1', '2'),
		assessor('DG-1.2', '3'),
		assessor('DG-1.3', 'dont_know'),
		final('DG-1.1', '3'),
		final('DG-2.1', '4')
	]),
	dgRow(2, 'Bộ Tài chính', 'ministry', null, [
		self('DG-1.1', '1'),
		assessor('DG-1.1', '1'),
		assessor('DG-2.1', '2'),
		assessor('DG-2.2', '3')
	]),
	dgRow(3, 'Cà Mau', 'province', 'mekong_delta', [])
];

describe('heatmap table', () => {
	it('DG: one row per organisation in the model order, score/band/coverage per pillar exactly as the model', () => {
		const model = heatmapModel(dg, dgRows, 'effective', 'name', 'vi');
		const table = heatmapTable(model, 'dg', label);
		expect(table.name).toBe('table:heatmap');
		expect(table.rows.map((r) => r.organisation)).toEqual(['Bộ Tài chính', 'Cà Mau', 'Đà Nẵng']);
		expect(table.columns.map((c) => c.key)).toEqual([
			'organisation',
			'kind',
			'region',
			'status',
			'DG-1.score',
			'DG-1.band',
			'DG-1.coverage',
			'DG-2.score',
			'DG-2.band',
			'DG-2.coverage'
		]);
		expect(table.columns.find((c) => c.key === 'DG-2.coverage')).toMatchObject({
			format: 'fraction',
			group: { key: 'DG-2', label: 'section:DG-2' }
		});
		model.rows.forEach((r, i) => {
			model.columns.forEach((code, j) => {
				const cell = r.cells[j];
				if (cell.kind !== 'dg') throw new Error('expected a DG cell');
				expect(table.rows[i][`${code}.score`]).toBe(cell.score);
				expect(table.rows[i][`${code}.coverage`]).toBe(cell.coverage);
				expect(table.rows[i][`${code}.band`]).toBe(cell.band === null ? null : `category:${cell.band}`);
			});
		});
		// Đà Nẵng: the final rating exists, so "effective" reads final: DG-1 = 3 (one answer of four).
		const danang = table.rows[2];
		expect(danang['DG-1.score']).toBe(3);
		expect(danang['DG-1.coverage']).toBe(0.25);
		expect(danang.kind).toBe('kind:city');
		expect(table.rows[0].region).toBeNull();
		expect(table.columns.some((c) => c.key === 'rank_value')).toBe(false);
	});

	it('shows the indicative rank value only in the explicit rank view, labelled as such', () => {
		const model = heatmapModel(dg, dgRows, 'assessor', 'rank', 'vi');
		const table = heatmapTable(model, 'dg', label);
		const rank = table.columns.find((c) => c.key === 'rank_value');
		expect(rank?.label).toBe('column:rank_value');
		expect(table.rows.map((r) => r.rank_value)).toEqual(model.rows.map((r) => r.rankValue));
		expect(table.rows.map((r) => r.organisation)).toEqual(model.rows.map((r) => r.name));
	});

	it('OD: confirmed colour, override flag and suggestion per dimension; no colour, no override claim', () => {
		const dims: DimensionInput[] = [
			{
				code: 'OD-1',
				source: 'final',
				coreIssues: { 'OD-1.C1': 'met', 'OD-1.C2': 'met', 'OD-1.C3': 'met' },
				redTriggers: [],
				colour: 'yellow',
				justification: 'Rubric: (i) thiếu minh chứng'
			},
			{
				code: 'OD-2',
				source: 'assessor',
				coreIssues: {
					'OD-2.C1': 'not_met',
					'OD-2.C2': 'not_met',
					'OD-2.C3': 'not_met',
					'OD-2.C4': 'not_met'
				},
				redTriggers: []
			}
		];
		const rows: DashboardRow[] = [
			{
				assessmentId: 9,
				organisationId: 9,
				name: 'Hà Nội',
				kind: 'city',
				region: 'red_river_delta',
				status: 'validated',
				result: scoreOd(od, { answers: [], dimensions: dims })
			}
		];
		const model = heatmapModel(od, rows, 'effective', 'name', 'vi');
		const table = heatmapTable(model, 'od', label);
		const cells = model.rows[0].cells;
		expect(cells[0]).toMatchObject({ colour: 'yellow', override: true });
		expect(table.rows[0]['OD-1.colour']).toBe('rating:yellow');
		expect(table.rows[0]['OD-1.override']).toBe('boolean:true');
		expect(table.rows[0]['OD-1.suggested']).toBe('rating:green');
		expect(table.rows[0]['OD-2.colour']).toBeNull();
		expect(table.rows[0]['OD-2.override']).toBeNull();
		expect(table.rows[0]['OD-2.suggested']).toBe('rating:red');
	});
});

describe('distribution and gap tables', () => {
	it('counts per band for every pillar, the same as the model, with the total', () => {
		const model = distributionModel(dg, dgRows, 'assessor');
		const table = distributionTable(model, label);
		expect(table.columns.map((c) => c.key)).toEqual(['code', 'section', ...model.categories, 'total']);
		expect(table.columns.find((c) => c.key === 'none')?.label).toBe('category:none');
		model.series.forEach((s, i) => {
			for (const c of model.categories) expect(table.rows[i][c]).toBe(s.counts[c]);
			expect(table.rows[i].total).toBe(3);
			expect(table.rows[i].section).toBe(`section:${s.code}`);
		});
		// Cà Mau answered nothing of DG-1: it is the one organisation without a score there.
		expect(table.rows[0].none).toBe(1);
	});

	it('self-vs-assessor gaps per pillar, the same as the model', () => {
		const model = gapModel(dg, dgRows);
		const table = gapTable(model, label);
		expect(table.rows).toEqual(
			model.series.map((s) => ({
				code: s.code,
				section: `section:${s.code}`,
				compared: s.compared,
				rating: s.rating,
				information: s.information
			}))
		);
		// Đà Nẵng: self 4 vs assessor 2 on DG-1.1 is a rating gap.
		expect(table.rows[0]).toMatchObject({ compared: 2, rating: 1 });
	});
});

describe('one agency', () => {
	const result = dgRows[0].result;
	if (result.kind !== 'dg') throw new Error('expected DG');

	it('pillar bars: score, band, coverage and counts exactly as the bars model', () => {
		const model = barsModel(result, 'assessor');
		const table = pillarBarsTable(model, label);
		expect(table.rows).toEqual(
			model.bars.map((b) => ({
				code: b.code,
				section: `section:${b.code}`,
				score: b.score,
				band: b.band && `category:${b.band}`,
				coverage: b.coverage,
				answered: b.answered,
				applicable: b.applicable,
				dont_know: b.dontKnow
			}))
		);
		expect(table.rows[0]).toMatchObject({ score: 2.5, answered: 2, dont_know: 1 });
	});

	it('radar: one score column per source shown', () => {
		const model = radarModel(result, ['self', 'final']);
		const table = radarTable(model, label);
		expect(table.columns.map((c) => c.label)).toEqual([
			'column:code',
			'column:section',
			'source:self',
			'source:final'
		]);
		expect(table.rows.map((r) => [r.self, r.final])).toEqual(
			model.axes.map((_, i) => [model.series[0].values[i], model.series[1].values[i]])
		);
	});

	it('OD dimensions: per source shown, colour, override and suggestion', () => {
		const res = scoreOd(od, {
			answers: [],
			dimensions: [
				{
					code: 'OD-1',
					source: 'assessor',
					coreIssues: { 'OD-1.C1': 'met', 'OD-1.C2': 'met', 'OD-1.C3': 'unknown' },
					redTriggers: [],
					colour: 'green'
				}
			]
		});
		const table = odDimensionsTable(
			['OD-1', 'OD-2'],
			[
				{ source: 'assessor', cells: odCells(res, 'assessor') },
				{ source: 'final', cells: odCells(res, 'final') }
			],
			label
		);
		expect(table.columns.map((c) => c.key)).toEqual([
			'code',
			'section',
			'assessor.colour',
			'assessor.override',
			'assessor.suggested',
			'final.colour',
			'final.override',
			'final.suggested'
		]);
		expect(table.rows[0]).toMatchObject({
			'assessor.colour': 'rating:green',
			'assessor.override': 'boolean:false',
			'final.colour': null,
			'final.override': null
		});
	});
});

describe('questions table', () => {
	const lines = [
		{
			code: 'DG-1.1',
			section: 'DG-1',
			label: 'Chiến lược',
			scope: 'organisation',
			ratings: { self: { hidden: true as const }, assessor: '2' },
			confidence: 'documented',
			gap: null,
			target: '3'
		},
		{
			code: 'DG-1.2',
			section: 'DG-1',
			label: 'Cơ quan đầu mối',
			scope: 'organisation',
			ratings: { self: '4', assessor: '2' },
			confidence: 'none',
			gap: 'rating' as const,
			target: '3'
		}
	];

	it('marks a self-rating hidden by the blind rule instead of leaving it blank', () => {
		const table = questionsTable(lines, ['self', 'assessor'], label, { withGap: true, withTarget: false });
		expect(table.columns.map((c) => c.key)).toEqual([
			'code',
			'section',
			'question',
			'scope',
			'self',
			'assessor',
			'gap',
			'confidence'
		]);
		expect(table.rows[0]).toMatchObject({
			self: 'rating:hidden',
			assessor: 'rating:2',
			gap: null,
			confidence: 'confidence:documented'
		});
		expect(table.rows[1]).toMatchObject({ self: 'rating:4', gap: 'column:rating_gap' });
	});

	it('leaves out the sources, gap and target columns the reader may not see', () => {
		const table = questionsTable(lines, ['self'], label, { withGap: false, withTarget: false });
		expect(table.columns.map((c) => c.key)).toEqual([
			'code',
			'section',
			'question',
			'scope',
			'self',
			'confidence'
		]);
		expect(JSON.stringify(table.rows)).not.toContain('rating:2');
		const withTarget = questionsTable(lines, ['final'], label, { withGap: false, withTarget: true });
		expect(withTarget.rows[0].target).toBe('rating:3');
	});
});
