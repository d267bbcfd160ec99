import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { roundFixture } from '../testing/round-fixture';
import { answers, auditEvents } from '../db/schema';
import { saveAnswer, saveAnswers } from './answers';
import { viewAssessment } from './assessment-access';
import { assessmentWorkbook, blankWorkbook, resolveConflict, uploadWorkbook, pendingOf } from './workbook';
import { signMeta, workbookSecret } from './workbook-file';
import { DomainError } from './errors';
import type { AuthedUser } from '../auth/guards';
import { COL, META_SHEET, readMeta, type SheetGrid } from '$lib/domain/workbook';
import { cellText } from '$lib/domain/workbook';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

type Fixture = Awaited<ReturnType<typeof roundFixture>>;
const at = new Date('2026-10-05T03:00:00Z');

async function view(f: Fixture, user: AuthedUser, id: number) {
	const v = await viewAssessment(f.db, user, id);
	if (!v) throw new Error('cannot read');
	return v;
}

async function download(f: Fixture, user: AuthedUser, id = f.dgA) {
	return (await assessmentWorkbook(f.db, user, await view(f, user, id), 'vi', at)).body;
}

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	return wb;
}

const save = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The row of a question in its sheet. */
function rowOf(wb: ExcelJS.Workbook, code: string): ExcelJS.Row {
	const ws = wb.getWorksheet(code.split('.')[0])!;
	for (let r = 3; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(COL.code).value === code) return ws.getRow(r);
	throw new Error(`no row for ${code}`);
}

/** Edits a downloaded workbook as a person would in a spreadsheet. */
async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
	const wb = await open(bytes);
	await change(wb);
	return save(wb);
}

async function upload(f: Fixture, user: AuthedUser, bytes: Uint8Array, name = 'bang-tinh.xlsx', id = f.dgA) {
	return uploadWorkbook(f.db, user, await view(f, user, id), { name, bytes }, 'vi', at);
}

const selfAnswers = (f: Fixture) =>
	f.db
		.select({ code: answers.questionCode, rating: answers.rating, comment: answers.comment, version: answers.version })
		.from(answers)
		.where(and(eq(answers.assessmentId, f.dgA), eq(answers.source, 'self')))
		.all()
		.sort((a, b) => a.code.localeCompare(b.code));
const auditCount = (f: Fixture) => f.db.select().from(auditEvents).all().length;

/** A's DG with two self answers saved before the download. */
async function started() {
	const f = await roundFixture();
	await saveAnswers(f.db, f.people.memberA, f.dgA, [
		{ questionCode: 'DG-1.1', source: 'self', rating: '2', naReason: null, comment: 'Kế hoạch 2026 đã ban hành', baseVersion: 0 },
		{ questionCode: 'DG-2.1', source: 'self', rating: '3', naReason: null, comment: null, baseVersion: 0 }
	]);
	return f;
}

describe('the workbook a person downloads', () => {
	it('one sheet per pillar named by its code, choices as a drop-down in Vietnamese, answers filled in, national questions read-only, questions for provinces left out, hidden signed metadata', async () => {
		const f = await started();
		const wb = await open(await download(f, f.people.leadA));
		expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
			['Hướng dẫn', 'visible'],
			['_lists', 'veryHidden'],
			...['DG-1', 'DG-2', 'DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7'].map((n) => [n, 'visible']),
			[META_SHEET, 'veryHidden']
		]);
		const dg1 = wb.getWorksheet('DG-1')!;
		expect(cellText(dg1.getCell(1, 1).value)).toMatch(/^DG-1 — /);
		expect(cellText(dg1.getCell(2, COL.answer).value)).toBe('Câu trả lời (chọn trong danh sách)');
		const first = rowOf(wb, 'DG-1.1');
		expect(first.getCell(COL.answer).value).toBe('Mức 2 – Đang phát triển');
		expect(first.getCell(COL.comment).value).toBe('Kế hoạch 2026 đã ban hành');
		expect(first.getCell(COL.answer).dataValidation).toMatchObject({ type: 'list', formulae: ["'_lists'!$A$1:$A$6"] });
		expect(first.getCell(COL.answer).protection).toMatchObject({ locked: false });
		expect(first.getCell(5).value).toBeTruthy();
		expect(wb.getWorksheet('_lists')!.getColumn(1).values.slice(1)).toEqual(['Mức 1 – Khởi đầu', 'Mức 2 – Đang phát triển', 'Mức 3 – Xác lập', 'Mức 4 – Tối ưu', 'Không rõ', 'Không áp dụng']);
		const national = rowOf(wb, 'DG-1.5');
		expect(national.getCell(COL.naReason).value).toBe('Câu hỏi cấp quốc gia — chỉ đọc');
		expect(national.getCell(COL.answer).dataValidation).toBeUndefined();
		expect(national.getCell(COL.answer).protection?.locked).not.toBe(false);
		expect(() => rowOf(wb, 'DG-4.7')).toThrow();
		expect(rowOf(wb, 'DG-6.4').getCell(COL.code).value).toBe('DG-6.4');
		expect((dg1 as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });

		const metaSheet = wb.getWorksheet(META_SHEET)!;
		const grid: SheetGrid = { name: META_SHEET, rows: new Map() };
		metaSheet.eachRow((row, n) => grid.rows.set(n, (row.values as unknown[]).map(cellText)));
		const read = readMeta(grid);
		if ('key' in read) throw new Error(read.key);
		expect(read.meta).toMatchObject({ kind: 'assessment', assessmentId: f.dgA, frameworkId: 'dg-sansang-1.0', frameworkVersion: '1.0', source: 'self', userId: f.people.leadA.id, orgKind: 'ministry', locale: 'vi' });
		expect(read.meta.questions.find((q) => q.code === 'DG-1.1')?.version).toBe(1);
		expect(read.meta.questions.find((q) => q.code === 'DG-1.2')?.version).toBe(0);
		expect(read.meta.questions.some((q) => q.code === 'DG-1.5')).toBe(false);
		expect(read.signature).toBe(signMeta(workbookSecret(f.db), read.meta));
	});

	it('in English when the reader reads English', async () => {
		const f = await started();
		const original = getLocale;
		overwriteGetLocale(() => 'en');
		try {
			const wb = await open((await assessmentWorkbook(f.db, f.people.leadA, await view(f, f.people.leadA, f.dgA), 'en', at)).body);
			expect(wb.worksheets[0].name).toBe('Instructions');
			expect(rowOf(wb, 'DG-1.1').getCell(COL.answer).value).toBe('Level 2 – Developing');
		} finally {
			overwriteGetLocale(original);
		}
	});

	it('an assessor gets their own ratings only; an administrator has no workbook', async () => {
		const f = await started();
		await saveAnswer(f.db, f.people.assessor, f.dgA, { questionCode: 'DG-1.1', source: 'assessor', rating: '4', naReason: null, comment: null, baseVersion: 0 });
		const wb = await open(await download(f, f.people.assessor));
		expect(rowOf(wb, 'DG-1.1').getCell(COL.answer).value).toBe('Mức 4 – Tối ưu');
		expect(rowOf(wb, 'DG-2.1').getCell(COL.answer).value).toBeNull();
		await expect(download(f, f.people.admin)).rejects.toSatisfy((e) => e instanceof DomainError && e.status === 403);
	});

	it('a blank workbook per framework: every question, no answers, a blank marker', async () => {
		const f = await roundFixture();
		const file = await blankWorkbook(f.db, 'od-odra-3.1', 'vi', at);
		expect(file?.fileName).toBe('sansang-od-odra-3-1-blank-vi.xlsx');
		const wb = await open(file!.body);
		expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Hướng dẫn', 'OD-1', 'OD-2', 'OD-3', 'OD-4', 'OD-5', 'OD-6', 'OD-7', 'OD-8']);
		expect(wb.getWorksheet('_lists')!.getColumn(1).values.slice(1)).toEqual(['Xanh', 'Vàng/Xanh', 'Vàng', 'Đỏ/Vàng', 'Đỏ', 'Xám — chưa đủ thông tin', 'Không áp dụng']);
		expect(await blankWorkbook(f.db, 'xx-none-9.9', 'vi', at)).toBeNull();
	});
});

describe('uploading it back', () => {
	it('applies the three answers changed offline in one go, audited, and says what happened', async () => {
		const f = await started();
		const bytes = await edit(await download(f, f.people.leadA), (wb) => {
			rowOf(wb, 'DG-1.1').getCell(COL.answer).value = 'Mức 3 – Xác lập';
			rowOf(wb, 'DG-1.2').getCell(COL.answer).value = 'Không áp dụng';
			rowOf(wb, 'DG-1.2').getCell(COL.naReason).value = 'Bộ không quản lý lĩnh vực này';
			rowOf(wb, 'DG-3.2').getCell(COL.answer).value = 4;
			rowOf(wb, 'DG-3.2').getCell(COL.comment).value = 'Có quyết định phê duyệt';
		});
		const audits = auditCount(f);
		const result = await upload(f, f.people.leadA, bytes);
		expect(result).toMatchObject({ status: 'applied', updated: 3, conflicts: [] });
		if (result.status !== 'applied') throw new Error();
		expect(result.updated + result.unchanged).toBe(44);
		const stored = new Map(selfAnswers(f).map((a) => [a.code, a]));
		expect(stored.get('DG-1.1')).toMatchObject({ rating: '3', comment: 'Kế hoạch 2026 đã ban hành', version: 2 });
		expect(stored.get('DG-1.2')).toMatchObject({ rating: 'na', version: 1 });
		expect(stored.get('DG-3.2')).toMatchObject({ rating: '4', comment: 'Có quyết định phê duyệt' });
		const newAudits = f.db.select().from(auditEvents).all().slice(audits);
		expect(newAudits.map((a) => `${a.entity}:${a.action}`)).toEqual(['answer:update', 'answer:create', 'answer:create', 'assessment:workbook_upload']);
		expect(JSON.parse(newAudits[3].after!)).toMatchObject({ source: 'self', updated: ['DG-1.1', 'DG-1.2', 'DG-3.2'], conflicts: [] });

		// The same file again: nothing left to change.
		expect(await upload(f, f.people.leadA, bytes)).toMatchObject({ status: 'applied', updated: 0, unchanged: 44, conflicts: [] });
	});

	it('an answer the server changed after the download is a conflict with both values; a row left as downloaded keeps the server’s value', async () => {
		const f = await started();
		const downloaded = await download(f, f.people.leadA);
		// Meanwhile a colleague changes DG-1.1 and DG-2.1 on screen.
		await saveAnswers(f.db, f.people.memberA, f.dgA, [
			{ questionCode: 'DG-1.1', source: 'self', rating: '1', naReason: null, comment: 'Chưa ban hành', baseVersion: 1 },
			{ questionCode: 'DG-2.1', source: 'self', rating: '4', naReason: null, comment: null, baseVersion: 1 }
		]);
		const bytes = await edit(downloaded, (wb) => {
			rowOf(wb, 'DG-1.1').getCell(COL.answer).value = 'Mức 4 – Tối ưu';
			rowOf(wb, 'DG-1.3').getCell(COL.answer).value = 'Mức 2 – Đang phát triển';
		});
		const result = await upload(f, f.people.leadA, bytes);
		if (result.status !== 'applied') throw new Error(JSON.stringify(result));
		expect(result.updated).toBe(1);
		expect(result.conflicts).toEqual([
			{
				questionCode: 'DG-1.1',
				mine: { rating: '4', naReason: null, comment: 'Kế hoạch 2026 đã ban hành' },
				current: expect.objectContaining({ rating: '1', comment: 'Chưa ban hành', version: 2, updatedBy: f.people.memberA.name })
			}
		]);
		const stored = new Map(selfAnswers(f).map((a) => [a.code, a]));
		expect(stored.get('DG-1.1')?.rating).toBe('1');
		expect(stored.get('DG-2.1')?.rating).toBe('4');
		expect(stored.get('DG-1.3')?.rating).toBe('2');

		// Resolved one by one: keep mine saves over the version shown.
		const pending = JSON.stringify(pendingOf(result.conflicts));
		const kept = await resolveConflict(f.db, f.people.leadA, await view(f, f.people.leadA, f.dgA), { pending, code: 'DG-1.1', decision: 'keep' });
		expect(kept).toEqual({ kept: true, conflicts: [] });
		expect(selfAnswers(f).find((a) => a.code === 'DG-1.1')).toMatchObject({ rating: '4', version: 3 });
	});

	it('resolving: "use the saved version" stores nothing; "keep mine" over an answer changed again stays a conflict', async () => {
		const f = await started();
		const v = await view(f, f.people.leadA, f.dgA);
		const pending = JSON.stringify([
			{ questionCode: 'DG-1.1', rating: '4', naReason: null, comment: null, baseVersion: 1 },
			{ questionCode: 'DG-2.1', rating: '1', naReason: null, comment: null, baseVersion: 1 }
		]);
		const before = selfAnswers(f);
		const theirs = await resolveConflict(f.db, f.people.leadA, v, { pending, code: 'DG-2.1', decision: 'theirs' });
		expect(selfAnswers(f)).toEqual(before);
		expect(theirs.conflicts.map((c) => c.questionCode)).toEqual(['DG-1.1']);
		await saveAnswer(f.db, f.people.memberA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '3', naReason: null, comment: null, baseVersion: 1 });
		const again = await resolveConflict(f.db, f.people.leadA, v, { pending: JSON.stringify(pendingOf(theirs.conflicts)), code: 'DG-1.1', decision: 'keep' });
		expect(again.kept).toBe(false);
		expect(again.conflicts).toEqual([expect.objectContaining({ questionCode: 'DG-1.1', current: expect.objectContaining({ rating: '3', version: 2 }) })]);
		await expect(resolveConflict(f.db, f.people.leadA, v, { pending: '{"x":', code: 'DG-1.1', decision: 'keep' })).rejects.toBeInstanceOf(DomainError);
	});
});

describe('refusals: precise, and nothing stored', () => {
	async function refusedWith(f: Fixture, bytes: Uint8Array, name = 'bang-tinh.xlsx', user = f.people.leadA) {
		const before = selfAnswers(f);
		const audits = auditCount(f);
		const result = await upload(f, user, bytes, name);
		expect(selfAnswers(f)).toEqual(before);
		expect(auditCount(f)).toBe(audits);
		if (result.status !== 'refused') throw new Error('expected a refusal');
		return result.problems;
	}

	it('a changed code, an impossible level, a removed sheet: every problem listed by sheet, row and question, even beside valid changes', async () => {
		const f = await started();
		const bytes = await edit(await download(f, f.people.leadA), (wb) => {
			rowOf(wb, 'DG-1.2').getCell(COL.answer).value = 'Mức 3 – Xác lập';
			rowOf(wb, 'DG-2.2').getCell(COL.answer).value = 5;
			rowOf(wb, 'DG-1.3').getCell(COL.code).value = 'DG-1.9';
			wb.removeWorksheet(wb.getWorksheet('DG-7')!.id);
		});
		const problems = await refusedWith(f, bytes);
		expect(problems).toEqual([
			'Trang tính DG-1, dòng 5: “DG-1.9” không phải mã của một câu hỏi trong trang tính này (mã đã bị sửa?).',
			'Trang tính DG-1: thiếu câu DG-1.3.',
			'Trang tính DG-2, dòng 4, câu DG-2.2: “5” không phải là một lựa chọn hợp lệ (các lựa chọn: Mức 1 – Khởi đầu; Mức 2 – Đang phát triển; Mức 3 – Xác lập; Mức 4 – Tối ưu; Không rõ; Không áp dụng).',
			'Thiếu trang tính DG-7.'
		]);
	});

	it('a comment too long for the web form is too long in the workbook too', async () => {
		const f = await started();
		const bytes = await edit(await download(f, f.people.leadA), (wb) => {
			rowOf(wb, 'DG-1.2').getCell(COL.comment).value = 'x'.repeat(5001);
		});
		expect(await refusedWith(f, bytes)).toEqual(['Trang tính DG-1, dòng 4, câu DG-1.2, cột “Giải trình, nhận xét”: Tối đa 5000 ký tự.']);
	});

	it('edited hidden metadata (a version lowered to dodge a conflict)', async () => {
		const f = await started();
		const bytes = await edit(await download(f, f.people.leadA), (wb) => {
			const ws = wb.getWorksheet(META_SHEET)!;
			ws.eachRow((row) => {
				if (row.getCell(1).value === 'DG-1.1') row.getCell(2).value = '7';
			});
		});
		expect(await refusedWith(f, bytes)).toEqual(['Phần thông tin ẩn của bảng tính đã bị sửa nên không thể tin cậy. Hãy tải bảng tính mới và điền lại.']);
	});

	it('a workbook of another framework version, validly signed', async () => {
		const f = await started();
		const bytes = await edit(await download(f, f.people.leadA), (wb) => {
			const ws = wb.getWorksheet(META_SHEET)!;
			const grid: SheetGrid = { name: META_SHEET, rows: new Map() };
			ws.eachRow((row, n) => grid.rows.set(n, (row.values as unknown[]).map(cellText)));
			const read = readMeta(grid);
			if ('key' in read) throw new Error(read.key);
			const older = { ...read.meta, frameworkId: 'dg-sansang-0.9', frameworkVersion: '0.9' };
			ws.eachRow((row) => {
				if (row.getCell(1).value === 'frameworkId') row.getCell(2).value = older.frameworkId;
				if (row.getCell(1).value === 'frameworkVersion') row.getCell(2).value = older.frameworkVersion;
				if (row.getCell(1).value === 'signature') row.getCell(2).value = signMeta(workbookSecret(f.db), older);
			});
		});
		expect(await refusedWith(f, bytes)).toEqual(['Bảng tính dùng bộ tiêu chí dg-sansang-0.9, còn bài đánh giá này dùng dg-sansang-1.0.']);
	});

	it("another assessment's workbook, a blank workbook, another source's workbook", async () => {
		const f = await started();
		const od = await download(f, f.people.leadA, f.odA);
		expect(await refusedWith(f, od)).toEqual([`Bảng tính này thuộc một bài đánh giá khác (mã ${f.odA}), không phải bài đánh giá này.`]);
		const blank = (await blankWorkbook(f.db, 'dg-sansang-1.0', 'vi', at))!.body;
		expect((await refusedWith(f, blank))[0]).toMatch(/^Đây là bảng tính mẫu trống/);
		const assessors = await download(f, f.people.assessor);
		expect(await refusedWith(f, assessors)).toEqual(['Bảng tính chứa câu trả lời loại “Chuyên gia”, còn bạn trả lời loại “Tự đánh giá”.']);
	});

	it('a 20 MB file, a PDF renamed .xlsx, a zip that is no workbook, a spreadsheet without metadata, an empty file', async () => {
		const f = await started();
		const big = new Uint8Array(20 * 1024 * 1024);
		big.set([0x50, 0x4b, 0x03, 0x04]);
		expect(await refusedWith(f, big)).toEqual(['Tệp lớn hơn 10 MB.']);
		const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
		expect(await refusedWith(f, pdf)).toEqual(['Tệp không phải là bảng tính Excel (.xlsx) đọc được.']);
		const truncated = (await download(f, f.people.leadA)).subarray(0, 3000);
		expect(await refusedWith(f, truncated)).toEqual(['Tệp không phải là bảng tính Excel (.xlsx) đọc được.']);
		const other = new ExcelJS.Workbook();
		other.addWorksheet('DG-1').addRow(['DG-1.1', 'Mức 3']);
		expect((await refusedWith(f, await save(other)))[0]).toMatch(/^Bảng tính này không do Sẵn Sàng tạo ra/);
		expect(await refusedWith(f, await download(f, f.people.leadA), 'bang-tinh.xls')).toEqual(['Chỉ nhận tệp bảng tính Excel có đuôi .xlsx.']);
		expect(await refusedWith(f, new Uint8Array())).toEqual(['Tệp rỗng.']);
	});

	it('a person who may not write now is refused before the file is read', async () => {
		const f = await started();
		const bytes = await download(f, f.people.leadA);
		await expect(upload(f, f.people.admin, bytes)).rejects.toSatisfy((e) => e instanceof DomainError && e.status === 403);
		await expect(upload(f, f.people.committee, bytes)).rejects.toSatisfy((e) => e instanceof DomainError && e.status === 403);
		expect(await viewAssessment(f.db, f.people.leadB, f.dgA)).toBeNull();
	});
});
