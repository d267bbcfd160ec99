import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	canonicalMeta,
	cellText,
	choiceIndex,
	choiceKey,
	COL,
	metaRows,
	readAnswers,
	readMeta,
	workbookSheets,
	zipInflatedSize,
	type SheetGrid,
	type WorkbookMeta
} from './workbook';
import { loadFramework } from './frameworks/validate';
import { shippedFrameworks } from './frameworks/shipped';
import type { Framework } from './frameworks/schema';

const dg = loadFramework(shippedFrameworks.find((f) => f.id === 'dg-sansang-1.0')!) as Framework;

const meta: WorkbookMeta = {
	kind: 'assessment',
	assessmentId: 12,
	frameworkId: 'dg-sansang-1.0',
	frameworkVersion: '1.0',
	frameworkSha256: 'abc',
	source: 'self',
	userId: 3,
	organisationId: 7,
	orgKind: 'ministry',
	locale: 'vi',
	issuedAt: '2026-10-01T03:00:00.000Z',
	questions: [
		{ code: 'DG-1.2', version: 2, hash: 'h2' },
		{ code: 'DG-1.1', version: 0, hash: 'h1' }
	]
};

const gridOf = (name: string, rows: string[][]): SheetGrid => ({
	name,
	rows: new Map(rows.map((cells, i) => [i + 1, ['', ...cells]]))
});

describe('metadata', () => {
	it('reads back what it wrote, and the signed text does not depend on the order of the questions', () => {
		const read = readMeta(gridOf('_meta', metaRows(meta, 'sig')));
		expect(read).toEqual({ meta, signature: 'sig' });
		const reordered = { ...meta, questions: [...meta.questions].reverse() };
		expect(canonicalMeta(reordered)).toBe(canonicalMeta(meta));
		expect(canonicalMeta({ ...meta, assessmentId: 13 })).not.toBe(canonicalMeta(meta));
		expect(canonicalMeta({ ...meta, questions: [{ ...meta.questions[0], version: 3 }, meta.questions[1]] })).not.toBe(canonicalMeta(meta));
	});

	it.each([
		['another format', (rows: string[][]) => rows.map((r) => (r[0] === 'format' ? ['format', 'something-else'] : r)), 'workbook_error_not_ours'],
		['an unreadable version', (rows: string[][]) => rows.map((r) => (r[0] === 'DG-1.2' ? ['DG-1.2', 'two', 'h2'] : r)), 'workbook_error_meta_edited'],
		['an unknown source', (rows: string[][]) => rows.map((r) => (r[0] === 'source' ? ['source', 'boss'] : r)), 'workbook_error_meta_edited'],
		['no question table', (rows: string[][]) => rows.filter((r) => r[0] !== 'question'), 'workbook_error_meta_edited']
	])('refuses %s', (_name, edit, key) => {
		expect(readMeta(gridOf('_meta', edit(metaRows(meta, 'sig'))))).toEqual({ key });
	});
});

describe('what a workbook holds', () => {
	it('a ministry: national questions read-only, questions for provinces left out; a blank workbook holds every question', () => {
		const sheets = workbookSheets(dg, 'ministry');
		expect(sheets.map((s) => s.section.code)).toEqual(['DG-1', 'DG-2', 'DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7']);
		const all = sheets.flatMap((s) => s.questions);
		expect(all.find((q) => q.question.code === 'DG-1.5')?.readOnly).toBe(true);
		expect(all.some((q) => q.question.code === 'DG-4.7')).toBe(false);
		expect(all.some((q) => q.question.code === 'DG-6.4')).toBe(true);
		const blank = workbookSheets(dg, null).flatMap((s) => s.questions);
		expect(blank.some((q) => q.question.code === 'DG-4.7')).toBe(true);
		expect(blank.length).toBe(dg.sections.reduce((n, s) => n + s.questions.length, 0));
	});
});

describe('choices', () => {
	const index = choiceIndex(dg, [(r) => (/^[1-4]$/.test(r) ? `Mức ${r} – Xác lập` : r === 'dont_know' ? 'Không rõ' : 'Không áp dụng')]);

	it.each([
		['Mức 3 – Xác lập', '3'],
		['  mức 3 - xác lập ', '3'],
		['Mức 3 — Xác lập', '3'],
		['Mức 3 – Xác lập'.normalize('NFD'), '3'],
		['3', '3'],
		['na', 'na'],
		['Không áp dụng', 'na'],
		['5', undefined],
		['Mức 7', undefined]
	])('%j → %s', (typed, rating) => {
		expect(index.get(choiceKey(typed))).toBe(rating);
	});
});

describe('cells', () => {
	it.each([
		[null, ''],
		['Hà Nội', 'Hà Nội'],
		[3, '3'],
		[{ richText: [{ text: 'Mức ' }, { text: '3' }] }, 'Mức 3'],
		[{ formula: 'A1', result: 'Xanh' }, 'Xanh'],
		[{ text: 'link', hyperlink: 'https://example.gov.vn' }, 'link'],
		[{ error: '#REF!' }, ''],
		[new Date(Date.UTC(2026, 0, 2)), '2026-01-02T00:00:00.000Z']
	])('%j', (value, text) => {
		expect(cellText(value)).toBe(text);
	});
});

describe('zip sizes', () => {
	it('refuses what is not a zip, whatever the bytes (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
				expect(zipInflatedSize(bytes)).toBeNull();
			})
		);
		expect(zipInflatedSize(new TextEncoder().encode('%PDF-1.4 not a workbook'))).toBeNull();
	});
});

describe('reading answers', () => {
	const versions = new Map([['DG-1.1', 4]]);
	const index = choiceIndex(dg, [(r) => r]);
	const sheet = (code: string, rows: string[][]) => {
		const grid: SheetGrid = { name: code, rows: new Map() };
		rows.forEach((cells, i) => {
			const line: string[] = [];
			line[COL.code] = cells[0];
			line[COL.answer] = cells[1] ?? '';
			line[COL.naReason] = cells[2] ?? '';
			line[COL.comment] = cells[3] ?? '';
			grid.rows.set(3 + i, line);
		});
		return grid;
	};
	const fullSheets = () =>
		new Map(
			workbookSheets(dg, 'ministry').map((s) => [s.section.code, sheet(s.section.code, s.questions.map((q) => [q.question.code]))])
		);

	it('turns every row into a save based on the version at download; national rows are skipped', () => {
		const sheets = fullSheets();
		sheets.set('DG-1', sheet('DG-1', [['DG-1.1', '3', '', 'Đã có chiến lược'], ['DG-1.2', 'na', 'Không thuộc chức năng'], ['DG-1.3'], ['DG-1.4'], ['DG-1.5', '4'], ['DG-1.6'], ['DG-1.7']]));
		const { answers, problems } = readAnswers({ fw: dg, orgKind: 'ministry', source: 'self', sheets, choices: index, versions });
		expect(problems).toEqual([]);
		const first = answers.find((a) => a.save.questionCode === 'DG-1.1')!;
		expect(first).toMatchObject({ sheet: 'DG-1', row: 3, save: { rating: '3', comment: 'Đã có chiến lược', baseVersion: 4, source: 'self' } });
		expect(answers.find((a) => a.save.questionCode === 'DG-1.2')?.save).toMatchObject({ rating: 'na', naReason: 'Không thuộc chức năng' });
		expect(answers.some((a) => a.save.questionCode === 'DG-1.5')).toBe(false);
	});

	it('lists every problem with its sheet, row and question', () => {
		const sheets = fullSheets();
		sheets.delete('DG-3');
		sheets.set('DG-1', sheet('DG-1', [['DG-1.9', '3'], ['DG-1.2', 'Mức 9'], ['DG-1.3', '2', '', 'x'.repeat(5001)], ['DG-1.3'], ['', '2'], ['DG-1.5'], ['DG-1.6'], ['DG-1.7'], ['DG-1.4']]));
		const { problems } = readAnswers({ fw: dg, orgKind: 'ministry', source: 'self', sheets, choices: index, versions });
		expect(problems).toEqual([
			{ key: 'workbook_error_unknown_code', sheet: 'DG-1', row: 3, code: 'DG-1.9' },
			{ key: 'workbook_error_rating', sheet: 'DG-1', row: 4, code: 'DG-1.2', params: { value: 'Mức 9' } },
			{ key: 'workbook_error_field', sheet: 'DG-1', row: 5, code: 'DG-1.3', params: { field: 'comment', reason: 'error_too_long', max: 5000 } },
			{ key: 'workbook_error_duplicate_code', sheet: 'DG-1', row: 6, code: 'DG-1.3' },
			{ key: 'workbook_error_no_code', sheet: 'DG-1', row: 7 },
			{ key: 'workbook_error_question_missing', sheet: 'DG-1', code: 'DG-1.1' },
			{ key: 'workbook_error_sheet_missing', sheet: 'DG-3' }
		]);
	});

	it('a question of another kind of organisation, added by hand, is an unknown code', () => {
		const sheets = fullSheets();
		const dg4 = sheets.get('DG-4')!;
		dg4.rows.set(40, Object.assign([], { [COL.code]: 'DG-4.7', [COL.answer]: '2' }));
		const { problems } = readAnswers({ fw: dg, orgKind: 'ministry', source: 'self', sheets, choices: index, versions });
		expect(problems).toEqual([{ key: 'workbook_error_unknown_code', sheet: 'DG-4', row: 40, code: 'DG-4.7' }]);
	});
});
