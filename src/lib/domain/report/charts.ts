/**
 * Chart data as pure functions of engine results: the dashboards (chart.js) and the reports (server-drawn
 * SVG) both draw from these, and every chart's accessible table shows the same numbers.
 *
 * Nothing here averages colours or turns a DG score into a ranking unless asked for the explicit,
 * labelled rank view.
 */
import type { AssessmentResult, DgResult, OdResult } from '../scoring/types';
import type { DgFramework, Framework } from '../frameworks/schema';
import { compareNames, type Locale } from '../text';
import { odColours } from '../frameworks/vocabulary';

export type ResultSource = 'self' | 'assessor' | 'final' | 'effective';

/** One assessment on a dashboard: who, and its stored engine result. */
export interface DashboardRow {
	assessmentId: number;
	organisationId: number;
	name: string;
	kind: string;
	region: string | null;
	status: string;
	result: AssessmentResult;
}

export interface DgCell {
	kind: 'dg';
	score: number | null;
	band: string | null;
	coverage: number | null;
}
export interface OdCell {
	kind: 'od';
	colour: string | null;
	override: boolean;
	/** The engine's suggestion when no colour is confirmed yet. */
	suggested: string | null;
}
export type Cell = DgCell | OdCell;

/** The source to read: `effective` = the final rating where there is one, else the assessor's. */
function pickSource<T>(bySource: Record<string, T>, source: ResultSource, isSet: (v: T) => boolean): T {
	if (source !== 'effective') return bySource[source];
	return isSet(bySource.final) ? bySource.final : bySource.assessor;
}

export function dgCells(result: DgResult, source: ResultSource): DgCell[] {
	const src = source === 'effective' ? (result.sources.final.summary.answered > 0 ? 'final' : 'assessor') : source;
	return result.sources[src].pillars.map((p) => ({ kind: 'dg', score: p.score, band: p.band, coverage: p.coverage }));
}

export function odCells(result: OdResult, source: ResultSource): OdCell[] {
	return result.dimensions.map((d) => {
		const s = source === 'self' ? null : pickSource(d.bySource, source === 'effective' ? 'effective' : source, (v) => v.confirmed !== null);
		if (!s) return { kind: 'od', colour: null, override: false, suggested: null };
		return { kind: 'od', colour: s.confirmed?.colour ?? null, override: s.confirmed?.override ?? false, suggested: s.assessed ? s.suggestion.colour : null };
	});
}

// Stored results are parsed once and kept while unchanged (the dashboard's cache), and never modified: what
// is derived from one is kept with it, so a dashboard request does not derive it again for 51 results.
const derivedCells = new WeakMap<AssessmentResult, Map<ResultSource, readonly Cell[]>>();

/** The heatmap cells of a result for a source (the same array for the same result and source: read only). */
export function cellsOf(result: AssessmentResult, source: ResultSource): Cell[] {
	let bySource = derivedCells.get(result);
	if (!bySource) derivedCells.set(result, (bySource = new Map()));
	let cells = bySource.get(source);
	if (!cells) bySource.set(source, (cells = Object.freeze(result.kind === 'dg' ? dgCells(result, source) : odCells(result, source))));
	return cells as Cell[];
}

// ---------------------------------------------------------------- heatmap

export type HeatmapOrder = 'name' | 'kind' | 'region' | 'rank';

export interface HeatmapModel {
	columns: string[];
	rows: { assessmentId: number; organisationId: number; name: string; kind: string; region: string | null; status: string; cells: Cell[]; rankValue: number | null }[];
	order: HeatmapOrder;
}

const kindOrder = ['ministry', 'ministerial_agency', 'government_agency', 'city', 'province'];
const regionOrder = ['northern_midlands_mountains', 'red_river_delta', 'north_central_coast', 'central_highlands', 'southeast', 'mekong_delta'];

/**
 * Indicative value for the explicit rank view only: the weighted mean of DG pillar scores, or for OD the
 * number of GREEN dimensions — never shown in a headline.
 */
export function rankValue(result: AssessmentResult, source: ResultSource): number | null {
	if (result.kind === 'dg') {
		const src = source === 'effective' ? (result.sources.final.summary.answered > 0 ? 'final' : 'assessor') : source;
		return result.sources[src].summary.indicativeMean;
	}
	const cells = odCells(result, source);
	if (cells.every((c) => c.colour === null)) return null;
	return cells.filter((c) => c.colour === 'green').length;
}

export function heatmapModel(fw: Framework, rows: DashboardRow[], source: ResultSource, order: HeatmapOrder, locale: Locale): HeatmapModel {
	const model = rows.map((r) => ({
		assessmentId: r.assessmentId,
		organisationId: r.organisationId,
		name: r.name,
		kind: r.kind,
		region: r.region,
		status: r.status,
		cells: cellsOf(r.result, source),
		rankValue: rankValue(r.result, source)
	}));
	const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name, locale);
	const index = (list: string[], v: string | null) => (v === null ? list.length : list.indexOf(v) === -1 ? list.length : list.indexOf(v));
	model.sort((a, b) => {
		if (order === 'kind') return index(kindOrder, a.kind) - index(kindOrder, b.kind) || byName(a, b);
		if (order === 'region') return index(regionOrder, a.region) - index(regionOrder, b.region) || byName(a, b);
		if (order === 'rank') return (b.rankValue ?? -1) - (a.rankValue ?? -1) || byName(a, b);
		return byName(a, b);
	});
	return { columns: fw.sections.map((s) => s.code), rows: model, order };
}

// ---------------------------------------------------------------- distributions

export interface DistributionModel {
	/** Categories in display order: DG bands (plus `none`), OD colours (plus `not_assessed`). */
	categories: string[];
	/** Per pillar/dimension: how many organisations in each category. */
	series: { code: string; counts: Record<string, number> }[];
	total: number;
}

export function distributionModel(fw: Framework, rows: DashboardRow[], source: ResultSource): DistributionModel {
	const categories = fw.kind === 'dg' ? [...(fw as DgFramework).scale.bands.map((b) => b.code), 'none'] : [...[...odColours].reverse(), 'grey', 'not_assessed'];
	const cells = rows.map((r) => cellsOf(r.result, source));
	const series = fw.sections.map((s, i) => {
		const counts: Record<string, number> = Object.fromEntries(categories.map((c) => [c, 0]));
		for (const rowCells of cells) {
			const cell = rowCells[i];
			if (!cell) continue;
			const key = cell.kind === 'dg' ? (cell.band ?? 'none') : (cell.colour ?? 'not_assessed');
			counts[key] = (counts[key] ?? 0) + 1;
		}
		return { code: s.code, counts };
	});
	return { categories, series, total: rows.length };
}

// ---------------------------------------------------------------- self vs assessor gaps

export interface GapModel {
	series: { code: string; rating: number; information: number; compared: number }[];
}

/** Per section code of one result: questions compared (self and assessor both rated) and gaps of each kind. */
const derivedGaps = new WeakMap<AssessmentResult, Map<string, { compared: number; rating: number; information: number }>>();

function gapsBySection(result: AssessmentResult) {
	let tally = derivedGaps.get(result);
	if (tally) return tally;
	tally = new Map();
	const of = (section: string) => {
		let t = tally!.get(section);
		if (!t) tally!.set(section, (t = { compared: 0, rating: 0, information: 0 }));
		return t;
	};
	for (const q of result.questions) {
		if (q.scope === 'national' || q.ratings.self === null || q.ratings.assessor === null) continue;
		of(q.section).compared++;
	}
	for (const g of result.gaps) {
		const t = of(g.code.split('.')[0]);
		if (g.kind === 'rating') t.rating++;
		else t.information++;
	}
	derivedGaps.set(result, tally);
	return tally;
}

/** Per pillar/dimension: how many questions show a self-vs-assessor gap across the organisations shown. */
export function gapModel(fw: Framework, rows: DashboardRow[]): GapModel {
	const series = fw.sections.map((s) => ({ code: s.code, rating: 0, information: 0, compared: 0 }));
	for (const r of rows) {
		const tally = gapsBySection(r.result);
		for (const item of series) {
			const t = tally.get(item.code);
			if (!t) continue;
			item.compared += t.compared;
			item.rating += t.rating;
			item.information += t.information;
		}
	}
	return { series };
}

// ---------------------------------------------------------------- one agency

export interface RadarModel {
	axes: string[];
	series: { source: 'self' | 'assessor' | 'final'; values: (number | null)[] }[];
}

/** DG pillars for the radar: self, assessor and final overlaid (only the sources the reader may see). */
export function radarModel(result: DgResult, sources: ('self' | 'assessor' | 'final')[]): RadarModel {
	return {
		axes: result.sources.self.pillars.map((p) => p.code),
		series: sources.map((source) => ({ source, values: result.sources[source].pillars.map((p) => p.score) }))
	};
}

export interface BarsModel {
	bars: { code: string; score: number | null; band: string | null; coverage: number | null; answered: number; applicable: number; dontKnow: number }[];
}

export function barsModel(result: DgResult, source: 'self' | 'assessor' | 'final'): BarsModel {
	return {
		bars: result.sources[source].pillars.map((p) => ({
			code: p.code,
			score: p.score,
			band: p.band,
			coverage: p.coverage,
			answered: p.answered,
			applicable: p.applicable,
			dontKnow: p.dontKnow
		}))
	};
}

/** A score for people: one decimal, rounded only here. */
export function displayScore(score: number | null): string | null {
	return score === null ? null : (Math.round(score * 10) / 10).toFixed(1);
}
