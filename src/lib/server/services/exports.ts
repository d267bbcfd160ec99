/**
 * Downloads for people: the data behind the comparative dashboard (heatmap, distributions, gaps) and
 * behind one assessment (every question with the sources the reader may see, and the pillar or dimension
 * results), as CSV or XLSX in the reader's language.
 *
 * An assessment export shows exactly what the review screen shows the same person: the same permissions,
 * the same blind rule (a self-rating stays hidden from an assessor until their own rating is saved, and
 * the self pillar scores, which aggregate those ratings, stay hidden until every one is).
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { getFramework } from '../repositories/frameworks';
import { getRound, roundFrameworkIds } from '../repositories/rounds';
import { isDemoDatabase } from './startup';
import { dashboardRows } from './dashboard';
import { roundName } from './rounds';
import { reviewModel } from './review';
import { cachedResult, computeResult } from './scores';
import { toActor, type AssessmentView } from './assessment-access';
import { DomainError } from './errors';
import { safeFileName, toCsv, toXlsx, type ExportFormat } from '../exports';
import { exportLabels } from '../exports/labels';
import { m } from '$lib/paraglide/messages';
import { kindLabel, regionLabel, statusLabel } from '$lib/i18n';
import { seesAllRounds } from '$lib/domain/access';
import {
	barsModel,
	distributionModel,
	gapModel,
	heatmapModel,
	odCells,
	radarModel
} from '$lib/domain/report/charts';
import {
	distributionTable,
	gapTable,
	heatmapTable,
	odDimensionsTable,
	pillarBarsTable,
	questionsTable,
	radarTable,
	type Label,
	type QuestionLine,
	type Table
} from '$lib/domain/report/tables';
import { allQuestions } from '$lib/domain/frameworks/model';
import type { AssessmentExportQuery, DashboardExportQuery } from '$lib/domain/validation/exports';
import { formatDateTime, type Locale } from '$lib/domain/text';

export interface ExportFile {
	body: string | Buffer;
	format: ExportFormat;
	fileName: string;
}

/** A two-column "about" sheet: what the file holds, when it was made, and whether the data is fictional. */
function aboutTable(db: Db, label: Label, entries: [string, string][], at: Date, locale: Locale): Table {
	const rows = [
		...entries,
		[m.exports_about_exported_at(), formatDateTime(at, locale)],
		[m.exports_about_caveat(), m.exports_caveat()],
		...(isDemoDatabase(db) ? [[m.exports_about_demo(), m.exports_demo_note()] as [string, string]] : [])
	];
	return {
		name: label('table', 'about'),
		columns: [
			{ key: 'field', label: label('column', 'field') },
			{ key: 'value', label: label('column', 'value') }
		],
		rows: rows.map(([field, value]) => ({ field, value }))
	};
}

async function write(
	tables: Table[],
	format: ExportFormat,
	locale: Locale,
	fileName: string
): Promise<ExportFile> {
	// A CSV holds one table: the first; a workbook holds them all.
	const body = format === 'csv' ? toCsv(tables[0], { bom: true, locale }) : await toXlsx(tables);
	return { body, format, fileName };
}

const orderLabels: Record<DashboardExportQuery['order'], () => string> = {
	name: m.exports_order_name,
	kind: m.exports_order_kind,
	region: m.exports_order_region,
	rank: m.exports_order_rank
};

/** The comparative dashboard of one round and framework, with the dashboard's filters (committee, administrators). */
export async function exportDashboard(
	db: Db,
	user: AuthedUser,
	roundId: number,
	query: DashboardExportQuery,
	locale: Locale,
	at = new Date()
): Promise<ExportFile> {
	if (!seesAllRounds(toActor(user))) throw new DomainError('error_not_allowed', '_form', 403);
	const round = Number.isSafeInteger(roundId) && roundId > 0 ? getRound(db, roundId) : null;
	if (!round || !roundFrameworkIds(db, round.id).includes(query.framework))
		throw new DomainError('error_404', '_form', 404);
	const fw = await getFramework(db, query.framework);
	if (!fw) throw new DomainError('error_404', '_form', 404);
	const label = exportLabels(fw, locale);
	const rows = dashboardRows(db, round, fw.id, locale, {
		kind: query.kind,
		region: query.region,
		status: query.status
	});
	const table =
		query.view === 'heatmap'
			? heatmapTable(heatmapModel(fw, rows, query.source, query.order, locale), fw.kind, label)
			: query.view === 'distribution'
				? distributionTable(distributionModel(fw, rows, query.source), label)
				: gapTable(gapModel(fw, rows), label);
	const all = m.exports_filter_all();
	const filters = [
		`${m.exports_col_kind()}: ${query.kind ? kindLabel(query.kind) : all}`,
		`${m.exports_col_region()}: ${query.region ? regionLabel(query.region) : all}`,
		`${m.exports_col_status()}: ${query.status ? statusLabel(query.status) : all}`
	].join('; ');
	const about = aboutTable(
		db,
		label,
		[
			[m.exports_about_round(), roundName(round, locale)],
			[m.exports_about_framework(), `${fw.title[locale]} (${fw.id})`],
			...(query.view === 'gaps'
				? []
				: [[m.exports_about_source(), label('source', query.source)] as [string, string]]),
			...(query.view === 'heatmap'
				? [[m.exports_about_order(), orderLabels[query.order]()] as [string, string]]
				: []),
			[m.exports_about_filters(), filters]
		],
		at,
		locale
	);
	const fileName = safeFileName(
		[
			'sansang',
			round.year,
			fw.id,
			query.view,
			query.order === 'rank' && query.view === 'heatmap' ? 'rank' : ''
		],
		query.format
	);
	return write([table, about], query.format, locale, fileName);
}

type Source = 'self' | 'assessor' | 'final';

/** One assessment for a person who may read it (`view` comes from `requireAssessment`). */
export async function exportAssessment(
	db: Db,
	user: AuthedUser,
	view: AssessmentView,
	query: AssessmentExportQuery,
	locale: Locale,
	at = new Date()
): Promise<ExportFile> {
	const p = view.permissions;
	if (!p.read) throw new DomainError('error_404', '_form', 404);
	const fw = view.framework;
	const label = exportLabels(fw, locale);
	const review = reviewModel(db, user, view, locale);
	const result = cachedResult(db, view.assessment.id) ?? computeResult(db, view.assessment.id, fw);
	const targets = new Map(result.questions.map((q) => [q.code, q.target]));

	const sources: Source[] = [];
	if (p.readSelf && !view.facts.interviewOnly) sources.push('self');
	if (p.readAssessor) sources.push('assessor');
	if (p.readFinal) sources.push('final');

	const order = new Map(allQuestions(fw).map((q, i) => [q.code, i]));
	const lines: QuestionLine[] = review.rows
		.map((r) => ({
			code: r.code,
			section: r.section,
			label: r.label,
			scope: r.scope,
			ratings: {
				self: r.selfHidden ? ({ hidden: true } as const) : r.self,
				assessor: p.readAssessor ? r.assessor : null,
				final: p.readFinal ? r.final : null
			},
			confidence: r.confidence,
			gap: p.readAssessor ? r.gap : null,
			target: p.readFinal ? (targets.get(r.code) ?? null) : null
		}))
		.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
	const questions = questionsTable(lines, sources, label, {
		withGap: sources.includes('self') && sources.includes('assessor'),
		withTarget: p.readFinal
	});

	// The self pillar scores aggregate self-ratings: hidden from an assessor while any one of them is.
	const anySelfHidden = review.rows.some((r) => r.selfHidden);
	const resultSources = sources.filter((s) => s !== 'self' || !anySelfHidden);
	const results: Table[] = [];
	if (result.kind === 'dg') {
		const stacked = resultSources.map((s) => ({
			source: s,
			table: pillarBarsTable(barsModel(result, s), label)
		}));
		if (stacked.length) {
			results.push({
				name: label('table', 'bars'),
				columns: [{ key: 'source', label: m.exports_about_source() }, ...stacked[0].table.columns],
				rows: stacked.flatMap(({ source, table }) =>
					table.rows.map((row) => ({ source: label('source', source), ...row }))
				)
			});
			results.push(radarTable(radarModel(result, resultSources), label));
		}
	} else {
		const odSources = resultSources.filter((s): s is 'assessor' | 'final' => s !== 'self');
		if (odSources.length)
			results.push(
				odDimensionsTable(
					fw.sections.map((s) => s.code),
					odSources.map((s) => ({ source: s, cells: odCells(result, s) })),
					label
				)
			);
	}

	const about = aboutTable(
		db,
		label,
		[
			[
				m.exports_about_organisation(),
				locale === 'en' && view.organisation.nameEn ? view.organisation.nameEn : view.organisation.nameVi
			],
			[m.exports_about_round(), roundName(view.round, locale)],
			[m.exports_about_framework(), `${fw.title[locale]} (${fw.id})`],
			[m.exports_about_status(), statusLabel(view.assessment.status)]
		],
		at,
		locale
	);
	const fileBase = ['sansang', view.round.year, view.organisation.code, fw.id];
	if (query.format === 'csv') {
		const table = query.table === 'results' ? (results[0] ?? emptyResults(label)) : questions;
		return write([table], 'csv', locale, safeFileName([...fileBase, query.table], 'csv'));
	}
	return write([questions, ...results, about], 'xlsx', locale, safeFileName(fileBase, 'xlsx'));
}

/** Results a person may not see yet (a respondent before publication): the table exists, with no rows. */
function emptyResults(label: Label): Table {
	return {
		name: label('table', 'bars'),
		columns: [
			{ key: 'code', label: label('column', 'code') },
			{ key: 'section', label: label('column', 'section') }
		],
		rows: []
	};
}
