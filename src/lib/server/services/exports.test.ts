import { describe, expect, it } from 'vitest';
import { answerAll, roundFixture } from '../testing/round-fixture';
import { transitionAssessment } from './workflow';
import { saveAnswer } from './answers';
import { viewAssessment } from './assessment-access';
import { exportAssessment, exportDashboard } from './exports';
import { dashboardRows } from './dashboard';
import { getRound } from '../repositories/rounds';
import { DomainError } from './errors';
import { BOM, parseCsv } from '../exports/csv';
import { readXlsx } from '../exports/xlsx';
import type { AuthedUser } from '../auth/guards';
import { heatmapModel } from '$lib/domain/report/charts';
import { requireFramework } from '../repositories/frameworks';
import { dashboardExportSchema, assessmentExportSchema } from '$lib/domain/validation/exports';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/** Runs with the interface in English (as the language cookie would in a request). */
async function inEnglish<T>(run: () => Promise<T>): Promise<T> {
	const original = getLocale;
	overwriteGetLocale(() => 'en');
	try {
		return await run();
	} finally {
		overwriteGetLocale(original);
	}
}

const dashboardQuery = (q: Record<string, string>) =>
	dashboardExportSchema.parse({ framework: 'dg-sansang-1.0', ...q });
const at = new Date('2026-11-20T03:00:00Z');

/** A's DG submitted with self 4 everywhere, in review; the assessor has rated DG-1.1 only (2). */
async function inReview() {
	const f = await roundFixture({ blind: true });
	const { db, people } = f;
	await answerAll(db, people.leadA, f.dgA, 'self', '4', 'ministry');
	await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
	await transitionAssessment(db, people.assessor, f.dgA, 'start_review', null);
	await saveAnswer(db, people.assessor, f.dgA, {
		questionCode: 'DG-1.1',
		source: 'assessor',
		rating: '2',
		naReason: null,
		comment: null,
		baseVersion: 0
	});
	return f;
}

async function assessmentCsv(
	f: Awaited<ReturnType<typeof roundFixture>>,
	user: AuthedUser,
	table: 'questions' | 'results' = 'questions'
) {
	const view = await viewAssessment(f.db, user, f.dgA);
	if (!view) throw new Error('cannot read');
	const file = await exportAssessment(
		f.db,
		user,
		view,
		assessmentExportSchema.parse({ format: 'csv', table }),
		'vi',
		at
	);
	const text = file.body as string;
	expect(text.startsWith(BOM)).toBe(true);
	const [header, ...rows] = parseCsv(text, ';');
	return { file, header, rows, row: (code: string) => rows.find((r) => r[0] === code)! };
}

describe('dashboard export', () => {
	it('is for the committee and administrators only', async () => {
		const f = await roundFixture();
		for (const user of [f.people.leadA, f.people.assessor]) {
			await expect(exportDashboard(f.db, user, f.roundId, dashboardQuery({}), 'vi', at)).rejects.toSatisfy(
				(e: unknown) => e instanceof DomainError && e.status === 403
			);
		}
		await expect(
			exportDashboard(f.db, f.people.admin, f.roundId, dashboardQuery({}), 'vi', at)
		).resolves.toBeTruthy();
	});

	it('refuses a round that does not exist or a framework the round does not use (404)', async () => {
		const f = await roundFixture();
		const notFound = (e: unknown) => e instanceof DomainError && e.status === 404;
		await expect(
			exportDashboard(f.db, f.people.committee, 9999, dashboardQuery({}), 'vi', at)
		).rejects.toSatisfy(notFound);
		await expect(
			exportDashboard(
				f.db,
				f.people.committee,
				f.roundId,
				dashboardQuery({ framework: 'dg-other-9.9' }),
				'vi',
				at
			)
		).rejects.toSatisfy(notFound);
	});

	it('heatmap CSV: the dashboard rows with its filters, in Vietnamese, the same numbers as the model', async () => {
		const f = await inReview();
		const file = await exportDashboard(
			f.db,
			f.people.committee,
			f.roundId,
			dashboardQuery({ source: 'self' }),
			'vi',
			at
		);
		expect(file.fileName).toBe('sansang-2026-dg-sansang-1-0-heatmap.csv');
		const [header, ...rows] = parseCsv(file.body as string, ';');
		expect(header.slice(0, 4)).toEqual(['Cơ quan, đơn vị', 'Loại hình', 'Vùng', 'Trạng thái']);
		const model = heatmapModel(
			await requireFramework(f.db, 'dg-sansang-1.0'),
			dashboardRows(f.db, getRound(f.db, f.roundId)!, 'dg-sansang-1.0', 'vi'),
			'self',
			'name',
			'vi'
		);
		expect(rows.map((r) => r[0])).toEqual(model.rows.map((r) => r.name));
		const a = rows.find((r) => r[0] === 'Bộ Tài chính')!;
		expect(a[1]).toBe('Bộ');
		expect(a[3]).toBe('Đang rà soát');
		expect(a[header.indexOf('DG-1 Điểm')]).toBe('4');
		const filtered = await exportDashboard(
			f.db,
			f.people.committee,
			f.roundId,
			dashboardQuery({ kind: 'city' }),
			'vi',
			at
		);
		expect(
			parseCsv(filtered.body as string, ';')
				.slice(1)
				.map((r) => r[0])
		).not.toContain('Bộ Tài chính');
	});

	it('XLSX: the chosen view and an "about" sheet naming round, framework, filters and the caveat', async () => {
		const f = await inReview();
		const file = await inEnglish(() =>
			exportDashboard(
				f.db,
				f.people.committee,
				f.roundId,
				dashboardQuery({ view: 'distribution', format: 'xlsx' }),
				'en',
				at
			)
		);
		expect(file.fileName).toBe('sansang-2026-dg-sansang-1-0-distribution.xlsx');
		const sheets = await readXlsx(file.body as Buffer);
		expect(sheets).toHaveLength(2);
		const about = Object.fromEntries(sheets[1].rows.slice(1).map((r) => [r[0], r[1]]));
		expect(sheets.map((s) => s.name)).toEqual(['Distribution', 'About']);
		expect(about.Round).toBe('Test round 2026');
		expect(about.Framework).toContain('(dg-sansang-1.0)');
		expect(about.Caveat).toBe('A diagnostic, not a measurement or a ranking.');
		expect(about['Exported at']).toMatch(/2026/);
		// Seven pillars, each with as many organisations as the round has rows.
		expect(sheets[0].rows).toHaveLength(8);
	});
});

describe('assessment export: what the reader may see, nothing more', () => {
	it('the assessor in a blind round: a self-rating only where their own is saved; no self pillar scores yet', async () => {
		const f = await inReview();
		const { header, row } = await assessmentCsv(f, f.people.assessor);
		expect(header).toEqual([
			'Mã',
			'Trụ cột / khía cạnh',
			'Câu hỏi',
			'Phạm vi',
			'Tự đánh giá',
			'Chuyên gia',
			'Cuối cùng',
			'Chênh lệch',
			'Mục tiêu',
			'Độ tin cậy của minh chứng'
		]);
		const col = (name: string) => header.indexOf(name);
		expect(row('DG-1.1')[col('Tự đánh giá')]).toMatch(/^Mức 4/);
		expect(row('DG-1.1')[col('Chuyên gia')]).toMatch(/^Mức 2/);
		expect(row('DG-1.1')[col('Chênh lệch')]).toBe('Chênh lệch xếp loại');
		expect(row('DG-1.2')[col('Tự đánh giá')]).toBe('Ẩn (đánh giá độc lập)');
		expect(row('DG-1.2')[col('Chênh lệch')]).toBe('');
		const results = await assessmentCsv(f, f.people.assessor, 'results');
		const sources = new Set(results.rows.map((r) => r[0]));
		expect(sources).toEqual(new Set(['Chuyên gia', 'Cuối cùng']));
	});

	it('the committee sees every source and the self pillar scores', async () => {
		const f = await inReview();
		const { row, header } = await assessmentCsv(f, f.people.committee);
		expect(row('DG-1.2')[header.indexOf('Tự đánh giá')]).toMatch(/^Mức 4/);
		const results = await assessmentCsv(f, f.people.committee, 'results');
		const self = results.rows.filter((r) => r[0] === 'Tự đánh giá');
		expect(self).toHaveLength(7);
		expect(self[0][results.header.indexOf('Điểm')]).toBe('4');
	});

	it('the respondent before publication: their own ratings only, no assessor, final, gap or target columns', async () => {
		const f = await inReview();
		const { header, rows } = await assessmentCsv(f, f.people.memberA);
		expect(header).toEqual([
			'Mã',
			'Trụ cột / khía cạnh',
			'Câu hỏi',
			'Phạm vi',
			'Tự đánh giá',
			'Độ tin cậy của minh chứng'
		]);
		expect(rows.some((r) => r.some((c) => c.startsWith('Mức 2')))).toBe(false);
		const results = await assessmentCsv(f, f.people.memberA, 'results');
		expect(new Set(results.rows.map((r) => r[0]))).toEqual(new Set(['Tự đánh giá']));
	});

	it('XLSX in English: questions in framework order, results, radar and about sheets; an ASCII file name', async () => {
		const f = await inReview();
		const view = (await viewAssessment(f.db, f.people.committee, f.dgA))!;
		const file = await inEnglish(() =>
			exportAssessment(
				f.db,
				f.people.committee,
				view,
				assessmentExportSchema.parse({ format: 'xlsx' }),
				'en',
				at
			)
		);
		expect(file.fileName).toBe('sansang-2026-bo-tai-chinh-dg-sansang-1-0.xlsx');
		const sheets = await readXlsx(file.body as Buffer);
		expect(sheets.map((s) => s.name)).toEqual(['Questions', 'Pillar scores', 'Radar', 'About']);
		expect(sheets[0].rows[0]).toEqual([
			'Code',
			'Pillar / dimension',
			'Question',
			'Scope',
			'Self-rating',
			'Assessor',
			'Final',
			'Gap',
			'Target',
			'Evidence confidence'
		]);
		expect(sheets[0].rows[1][4]).toMatch(/^Level 4/);
		const codes = sheets[0].rows.slice(1).map((r) => r[0]);
		expect(codes.slice(0, 2)).toEqual(['DG-1.1', 'DG-1.2']);
		expect(codes).toEqual(
			[...codes].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }))
		);
	});
});
