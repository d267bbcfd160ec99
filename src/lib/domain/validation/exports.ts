/**
 * Query parameters of the export downloads. An empty filter means "all"; anything outside the known codes
 * is refused (400) rather than silently ignored, so a link with a typo never exports the wrong data.
 */
import { z } from 'zod';
import { assessmentStatuses } from '../access';
import { orgKinds, regionCodes } from '../organisations';

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
	z
		.string()
		.optional()
		.transform((v) => (v ? v : undefined))
		.pipe(z.enum(values).optional());

export const exportFormats = ['csv', 'xlsx'] as const;
export const dashboardViews = ['heatmap', 'distribution', 'gaps'] as const;

export const dashboardExportSchema = z.object({
	framework: z.string().min(1).max(40),
	view: optionalChoice(dashboardViews).transform((v) => v ?? 'heatmap'),
	format: optionalChoice(exportFormats).transform((v) => v ?? 'csv'),
	kind: optionalChoice(orgKinds),
	region: optionalChoice(regionCodes),
	status: optionalChoice(assessmentStatuses),
	source: optionalChoice(['self', 'assessor', 'final', 'effective'] as const).transform(
		(v) => v ?? 'effective'
	),
	order: optionalChoice(['name', 'kind', 'region', 'rank'] as const).transform((v) => v ?? 'name')
});
export type DashboardExportQuery = z.infer<typeof dashboardExportSchema>;

export const assessmentExportSchema = z.object({
	format: optionalChoice(exportFormats).transform((v) => v ?? 'csv'),
	/** Which table a CSV holds (a workbook holds them all). */
	table: optionalChoice(['questions', 'results'] as const).transform((v) => v ?? 'questions')
});
export type AssessmentExportQuery = z.infer<typeof assessmentExportSchema>;

/** The query string as a plain object (first value of each key). */
export function queryObject(params: URLSearchParams): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of params) if (!(k in out)) out[k] = v;
	return out;
}
