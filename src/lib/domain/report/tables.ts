/**
 * Tables from the chart models: the same numbers as the charts, as rows and columns. Exports (CSV, XLSX)
 * and the dashboards' accessible tables both build on these, so a chart, its table and its download
 * never disagree. Labels come from a function the caller passes (the interface's translations, or codes),
 * which keeps this module free of paraglide.
 *
 * Numbers are the models' own, unrounded: a score is rounded for display only (formats say how).
 */
import type { BarsModel, DistributionModel, GapModel, HeatmapModel, OdCell, RadarModel } from './charts';

export type CellValue = string | number | null;

/** How a numeric column is shown: `score` one decimal, `fraction` as a percentage, `integer` as is. */
export type ColumnFormat = 'text' | 'integer' | 'score' | 'fraction';

export interface Column {
	key: string;
	label: string;
	format?: ColumnFormat;
	/** Columns that belong together (one pillar or dimension), for a two-level header. */
	group?: { key: string; label: string };
}

export interface Table {
	name: string;
	columns: Column[];
	rows: Record<string, CellValue>[];
}

/** What the label function is asked to name. */
export type LabelKind =
	| 'table'
	| 'column'
	| 'section'
	| 'category'
	| 'kind'
	| 'region'
	| 'status'
	| 'rating'
	| 'source'
	| 'confidence'
	| 'scope'
	| 'boolean';

/** Names a coded value; `(_, code) => code` keeps codes (open data). */
export type Label = (kind: LabelKind, code: string) => string;

const named = (label: Label, kind: LabelKind, code: string | null | undefined): string | null =>
	code === null || code === undefined ? null : label(kind, code);

const yesNo = (label: Label, value: boolean) => label('boolean', value ? 'true' : 'false');

function sectionColumns(
	label: Label,
	code: string,
	parts: { key: string; column: string; format?: ColumnFormat }[]
): Column[] {
	const group = { key: code, label: label('section', code) };
	return parts.map((p) => ({
		key: `${code}.${p.key}`,
		label: `${code} ${label('column', p.column)}`,
		format: p.format,
		group
	}));
}

// ---------------------------------------------------------------- comparative dashboard

/**
 * One row per organisation, in the model's order. DG: score, band and coverage per pillar; OD: confirmed
 * colour, whether it overrides the suggestion, and the suggestion. The indicative rank value appears only
 * in the explicit rank view.
 */
export function heatmapTable(model: HeatmapModel, frameworkKind: 'dg' | 'od', label: Label): Table {
	const columns: Column[] = [
		{ key: 'organisation', label: label('column', 'organisation') },
		{ key: 'kind', label: label('column', 'kind') },
		{ key: 'region', label: label('column', 'region') },
		{ key: 'status', label: label('column', 'status') }
	];
	for (const code of model.columns) {
		columns.push(
			...sectionColumns(
				label,
				code,
				frameworkKind === 'dg'
					? [
							{ key: 'score', column: 'score', format: 'score' },
							{ key: 'band', column: 'band' },
							{ key: 'coverage', column: 'coverage', format: 'fraction' }
						]
					: [
							{ key: 'colour', column: 'colour' },
							{ key: 'override', column: 'override' },
							{ key: 'suggested', column: 'suggested' }
						]
			)
		);
	}
	if (model.order === 'rank')
		columns.push({
			key: 'rank_value',
			label: label('column', 'rank_value'),
			format: frameworkKind === 'dg' ? 'score' : 'integer'
		});
	const rows = model.rows.map((r) => {
		const row: Record<string, CellValue> = {
			organisation: r.name,
			kind: label('kind', r.kind),
			region: named(label, 'region', r.region),
			status: label('status', r.status)
		};
		model.columns.forEach((code, i) => {
			const cell = r.cells[i];
			if (!cell) return;
			if (cell.kind === 'dg') {
				row[`${code}.score`] = cell.score;
				row[`${code}.band`] = named(label, 'category', cell.band);
				row[`${code}.coverage`] = cell.coverage;
			} else {
				row[`${code}.colour`] = named(label, 'rating', cell.colour);
				row[`${code}.override`] = cell.colour === null ? null : yesNo(label, cell.override);
				row[`${code}.suggested`] = named(label, 'rating', cell.suggested);
			}
		});
		if (model.order === 'rank') row.rank_value = r.rankValue;
		return row;
	});
	return { name: label('table', 'heatmap'), columns, rows };
}

/** One row per pillar or dimension: how many organisations in each band or colour. */
export function distributionTable(model: DistributionModel, label: Label): Table {
	return {
		name: label('table', 'distribution'),
		columns: [
			{ key: 'code', label: label('column', 'code') },
			{ key: 'section', label: label('column', 'section') },
			...model.categories.map((c) => ({ key: c, label: label('category', c), format: 'integer' as const })),
			{ key: 'total', label: label('column', 'total'), format: 'integer' }
		],
		rows: model.series.map((s) => ({
			code: s.code,
			section: label('section', s.code),
			...Object.fromEntries(model.categories.map((c) => [c, s.counts[c] ?? 0])),
			total: model.total
		}))
	};
}

/** One row per pillar or dimension: questions compared, rating gaps and information gaps. */
export function gapTable(model: GapModel, label: Label): Table {
	return {
		name: label('table', 'gaps'),
		columns: [
			{ key: 'code', label: label('column', 'code') },
			{ key: 'section', label: label('column', 'section') },
			{ key: 'compared', label: label('column', 'compared'), format: 'integer' },
			{ key: 'rating', label: label('column', 'rating_gaps'), format: 'integer' },
			{ key: 'information', label: label('column', 'information_gaps'), format: 'integer' }
		],
		rows: model.series.map((s) => ({
			code: s.code,
			section: label('section', s.code),
			compared: s.compared,
			rating: s.rating,
			information: s.information
		}))
	};
}

// ---------------------------------------------------------------- one agency

/** DG pillars of one source: score, band, coverage and the counts behind the coverage. */
export function pillarBarsTable(model: BarsModel, label: Label, name = label('table', 'bars')): Table {
	return {
		name,
		columns: [
			{ key: 'code', label: label('column', 'code') },
			{ key: 'section', label: label('column', 'section') },
			{ key: 'score', label: label('column', 'score'), format: 'score' },
			{ key: 'band', label: label('column', 'band') },
			{ key: 'coverage', label: label('column', 'coverage'), format: 'fraction' },
			{ key: 'answered', label: label('column', 'answered'), format: 'integer' },
			{ key: 'applicable', label: label('column', 'applicable'), format: 'integer' },
			{ key: 'dont_know', label: label('column', 'dont_know'), format: 'integer' }
		],
		rows: model.bars.map((b) => ({
			code: b.code,
			section: label('section', b.code),
			score: b.score,
			band: named(label, 'category', b.band),
			coverage: b.coverage,
			answered: b.answered,
			applicable: b.applicable,
			dont_know: b.dontKnow
		}))
	};
}

/** DG radar: one row per pillar, one score column per source shown. */
export function radarTable(model: RadarModel, label: Label): Table {
	return {
		name: label('table', 'radar'),
		columns: [
			{ key: 'code', label: label('column', 'code') },
			{ key: 'section', label: label('column', 'section') },
			...model.series.map((s) => ({
				key: s.source,
				label: label('source', s.source),
				format: 'score' as const
			}))
		],
		rows: model.axes.map((code, i) => ({
			code,
			section: label('section', code),
			...Object.fromEntries(model.series.map((s) => [s.source, s.values[i] ?? null]))
		}))
	};
}

/**
 * OD dimensions of one agency: per source shown, the confirmed colour, whether it overrides the
 * suggestion, and the suggestion. Cells come from `odCells` (charts.ts), one list per source.
 */
export function odDimensionsTable(
	codes: string[],
	bySource: { source: 'assessor' | 'final'; cells: OdCell[] }[],
	label: Label
): Table {
	const columns: Column[] = [
		{ key: 'code', label: label('column', 'code') },
		{ key: 'section', label: label('column', 'section') }
	];
	for (const { source } of bySource) {
		const group = { key: source, label: label('source', source) };
		columns.push(
			{ key: `${source}.colour`, label: `${label('source', source)}: ${label('column', 'colour')}`, group },
			{
				key: `${source}.override`,
				label: `${label('source', source)}: ${label('column', 'override')}`,
				group
			},
			{
				key: `${source}.suggested`,
				label: `${label('source', source)}: ${label('column', 'suggested')}`,
				group
			}
		);
	}
	return {
		name: label('table', 'dimensions'),
		columns,
		rows: codes.map((code, i) => {
			const row: Record<string, CellValue> = { code, section: label('section', code) };
			for (const { source, cells } of bySource) {
				const cell = cells[i];
				row[`${source}.colour`] = named(label, 'rating', cell?.colour);
				row[`${source}.override`] = cell && cell.colour !== null ? yesNo(label, cell.override) : null;
				row[`${source}.suggested`] = named(label, 'rating', cell?.suggested);
			}
			return row;
		})
	};
}

// ---------------------------------------------------------------- questions of one assessment

export interface QuestionLine {
	code: string;
	section: string;
	label: string;
	scope: string;
	/** Ratings of the sources the reader may see; `hidden` where the blind rule hides a self-rating. */
	ratings: Partial<Record<'self' | 'assessor' | 'final', string | null | { hidden: true }>>;
	confidence: string;
	gap: 'rating' | 'information' | null;
	target: string | null;
}

/**
 * Every question of an assessment with the sources given, in the order given; the gap column only where
 * both self and assessor ratings are shown, the target only where the reader may see targets.
 */
export function questionsTable(
	lines: QuestionLine[],
	sources: ('self' | 'assessor' | 'final')[],
	label: Label,
	{ withGap, withTarget }: { withGap: boolean; withTarget: boolean }
): Table {
	const columns: Column[] = [
		{ key: 'code', label: label('column', 'code') },
		{ key: 'section', label: label('column', 'section') },
		{ key: 'question', label: label('column', 'question') },
		{ key: 'scope', label: label('column', 'scope') },
		...sources.map((s) => ({ key: s, label: label('source', s) })),
		...(withGap ? [{ key: 'gap', label: label('column', 'gap') }] : []),
		...(withTarget ? [{ key: 'target', label: label('column', 'target') }] : []),
		{ key: 'confidence', label: label('column', 'confidence') }
	];
	return {
		name: label('table', 'questions'),
		columns,
		rows: lines.map((q) => {
			const row: Record<string, CellValue> = {
				code: q.code,
				section: q.section,
				question: q.label,
				scope: label('scope', q.scope)
			};
			for (const s of sources) {
				const r = q.ratings[s];
				row[s] = r && typeof r === 'object' ? label('rating', 'hidden') : named(label, 'rating', r);
			}
			if (withGap)
				row.gap =
					q.gap === null ? null : label('column', q.gap === 'rating' ? 'rating_gap' : 'information_gap');
			if (withTarget) row.target = named(label, 'rating', q.target);
			row.confidence = label('confidence', q.confidence);
			return row;
		})
	};
}
