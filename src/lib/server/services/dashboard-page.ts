/**
 * The comparative dashboard of a round: filters, heatmap, distributions and the self-vs-assessor gap chart,
 * for one framework at a time.
 */
import type { Db } from '../db';
import type { RoundRow } from '../repositories/rounds';
import { roundFrameworkIds } from '../repositories/rounds';
import { getFramework } from '../repositories/frameworks';
import { dashboardRows, type DashboardFilters } from './dashboard';
import { distributionModel, gapModel, heatmapModel, type HeatmapOrder, type ResultSource } from '$lib/domain/report/charts';
import { orgKinds } from '$lib/domain/frameworks/vocabulary';
import { regionCodes } from '$lib/domain/organisations';
import { assessmentStatuses } from '$lib/domain/access';
import type { Locale } from '$lib/domain/text';

export interface DashboardQuery {
	frameworkId: string;
	filters: DashboardFilters;
	source: ResultSource;
	order: HeatmapOrder;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T | null): T | null =>
	value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads the dashboard's query string; anything unknown falls back to the default. */
export function parseDashboardQuery(db: Db, round: RoundRow, params: URLSearchParams): DashboardQuery | null {
	const frameworks = roundFrameworkIds(db, round.id);
	if (!frameworks.length) return null;
	return {
		frameworkId: pick(params.get('framework'), frameworks, frameworks[0])!,
		filters: {
			kind: pick(params.get('kind'), orgKinds, null),
			region: pick(params.get('region'), regionCodes, null),
			status: pick(params.get('status'), assessmentStatuses, null)
		},
		source: pick(params.get('source'), ['effective', 'final', 'assessor', 'self'] as const, 'effective')!,
		order: pick(params.get('order'), ['name', 'kind', 'region', 'rank'] as const, 'name')!
	};
}

export async function dashboardPage(db: Db, round: RoundRow, query: DashboardQuery, locale: Locale) {
	const fw = await getFramework(db, query.frameworkId);
	if (!fw) throw new Error(`framework ${query.frameworkId} missing`);
	const rows = dashboardRows(db, round, fw.id, locale, query.filters);
	return {
		frameworks: roundFrameworkIds(db, round.id),
		framework: {
			id: fw.id,
			kind: fw.kind,
			title: fw.shortTitle[locale],
			sections: fw.sections.map((s) => ({ code: s.code, title: s.shortTitle[locale] })),
			bands: fw.kind === 'dg' ? fw.scale.bands.map((b) => ({ code: b.code, label: b.label[locale], min: b.min })) : []
		},
		heatmap: heatmapModel(fw, rows, query.source, query.order, locale),
		distribution: distributionModel(fw, rows, query.source),
		gaps: gapModel(fw, rows)
	};
}
