/**
 * Questionnaire workbooks as XLSX files (exceljs): writing one from the pure sheet model, reading one back
 * into grids of cell texts, and signing the hidden metadata.
 *
 * The signature is an HMAC-SHA256 of the metadata with the server's workbook secret: `SANSANG_SECRET` when
 * it is set, otherwise a random secret created once per database and kept in its `meta` table, so one
 * backup restores workbooks' validity with everything else (docs/decisions.md).
 */
import ExcelJS from 'exceljs';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { meta as metaTable } from '../db/schema';
import { m } from '$lib/paraglide/messages';
import {
	canonicalMeta,
	cellText,
	COL,
	DESCRIPTOR_COLS,
	FIRST_QUESTION_ROW,
	HEADER_ROW,
	LISTS_SHEET,
	MAX_ROWS_PER_SHEET,
	META_SHEET,
	metaRows,
	ratingChoices,
	TITLE_ROW,
	type SheetGrid,
	type SheetModel,
	type WorkbookMeta
} from '$lib/domain/workbook';
import type { Framework } from '$lib/domain/frameworks/schema';
import type { Locale } from '$lib/domain/text';

// ---------------------------------------------------------------- signing

const SECRET_KEY = 'workbook_secret';

export function workbookSecret(db: Db): Buffer {
	const fromEnv = process.env.SANSANG_SECRET;
	if (fromEnv) {
		if (fromEnv.length < 32) throw new Error('SANSANG_SECRET must be at least 32 characters long');
		return Buffer.from(fromEnv, 'utf8');
	}
	db.insert(metaTable).values({ key: SECRET_KEY, value: randomBytes(32).toString('hex') }).onConflictDoNothing().run();
	const row = db.select({ value: metaTable.value }).from(metaTable).where(eq(metaTable.key, SECRET_KEY)).get();
	return Buffer.from(row!.value, 'hex');
}

export function signMeta(secret: Buffer, meta: WorkbookMeta): string {
	return createHmac('sha256', secret).update(canonicalMeta(meta)).digest('hex');
}

export function verifyMeta(secret: Buffer, meta: WorkbookMeta, signature: string): boolean {
	const expected = Buffer.from(signMeta(secret, meta), 'hex');
	const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

// ---------------------------------------------------------------- labels

const colourMessages: Record<string, (inputs: Record<string, never>, options: { locale: Locale }) => string> = {
	green: m.colour_green,
	yellow_green: m.colour_yellow_green,
	yellow: m.colour_yellow,
	red_yellow: m.colour_red_yellow,
	red: m.colour_red,
	grey: m.colour_grey,
	na: m.colour_na
};

/** The drop-down label of a rating in one language: `Mức 3 – Xác lập`, `Không rõ`, `Xanh`… */
export function choiceLabel(fw: Framework, rating: string, locale: Locale): string {
	if (fw.kind === 'dg') {
		if (/^[1-4]$/.test(rating)) return `${m.level_n({ level: rating }, { locale })} – ${fw.scale.levels[Number(rating) - 1][locale]}`;
		if (rating === 'dont_know') return m.level_dont_know({}, { locale });
		if (rating === 'na') return m.level_na({}, { locale });
		return rating;
	}
	return colourMessages[rating]?.({}, { locale }) ?? rating;
}

/** Labels a person may type instead of picking from the list: the short level name (`Mức 3`, `Level 3`). */
export function shortChoiceLabel(rating: string, locale: Locale): string {
	return /^[1-4]$/.test(rating) ? m.level_n({ level: rating }, { locale }) : rating;
}

// ---------------------------------------------------------------- writing

export interface WorkbookContent {
	fw: Framework;
	locale: Locale;
	sheets: SheetModel[];
	meta: WorkbookMeta;
	signature: string;
	/** The person's answers by question code (empty in a blank workbook). */
	answers: Map<string, { rating: string | null; naReason: string | null; comment: string | null }>;
	/** National answers of the round by question code. */
	national: Map<string, { rating: string | null; comment: string | null }>;
	/** Key/value lines of the instructions sheet (what the file is, how to fill it in). */
	about: [string, string][];
	/** Paragraphs of instructions. */
	instructions: string[];
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E5E5' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** Sheet protection: locked cells (codes, texts) cannot be typed over; answer cells are unlocked. No password. */
const protection: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

function descriptorHeaders(fw: Framework, locale: Locale): string[] {
	if (fw.kind === 'dg') return [1, 2, 3, 4].map((n) => `${m.level_n({ level: n })} – ${fw.scale.levels[n - 1][locale]}`);
	return [m.framework_importance(), m.colour_red(), m.colour_yellow(), m.colour_green()];
}

function descriptorCells(question: SheetModel['questions'][number]['question'], locale: Locale, importance: (code: string | null) => string): string[] {
	if ('weight' in question) return question.descriptors.map((d) => d[locale]);
	return [importance(question.importance), question.descriptors.red[locale], question.descriptors.yellow[locale], question.descriptors.green[locale]];
}

export async function writeWorkbook(content: WorkbookContent, importance: (code: string | null) => string): Promise<Buffer> {
	const { fw, locale } = content;
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Sẵn Sàng';
	wb.title = `${fw.shortTitle[locale]} (${fw.id})`;

	const about = wb.addWorksheet(m.workbook_sheet_instructions());
	about.columns = [{ width: 32 }, { width: 100 }];
	about.addRow([m.workbook_title()]).font = { bold: true, size: 14 };
	for (const [k, v] of content.about) {
		const row = about.addRow([k, v]);
		row.getCell(1).font = { bold: true };
		row.getCell(2).alignment = wrap;
	}
	about.addRow([]);
	for (const line of content.instructions) {
		const row = about.addRow([line]);
		about.mergeCells(row.number, 1, row.number, 2);
		row.getCell(1).alignment = wrap;
		row.height = Math.max(15, Math.ceil(line.length / 110) * 15);
	}

	const choices = ratingChoices(fw);
	const lists = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
	choices.forEach((rating, i) => (lists.getCell(i + 1, 1).value = choiceLabel(fw, rating, locale)));
	const listRange = `'${LISTS_SHEET}'!$A$1:$A$${choices.length}`;

	const headers = [m.workbook_col_code(), m.workbook_col_label(), m.workbook_col_text(), m.questionnaire_guidance(), ...descriptorHeaders(fw, locale), m.workbook_col_answer(), m.questionnaire_na_reason(), m.questionnaire_comment()];
	const widths = [10, 28, 60, 50, 36, 36, 36, 36, 26, 32, 50];
	for (const model of content.sheets) {
		const ws = wb.addWorksheet(model.section.code, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
		ws.columns = widths.map((width) => ({ width }));
		const title = ws.getCell(TITLE_ROW, 1);
		title.value = `${model.section.code} — ${model.section.title[locale]}`;
		title.font = { bold: true, size: 13 };
		ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, headers.length);
		const header = ws.getRow(HEADER_ROW);
		header.values = headers;
		header.font = { bold: true };
		header.alignment = wrap;
		header.eachCell((c) => (c.fill = HEADER_FILL));
		model.questions.forEach(({ question, readOnly }, i) => {
			const row = ws.getRow(FIRST_QUESTION_ROW + i);
			const cells = descriptorCells(question, locale, importance);
			row.getCell(COL.code).value = question.code;
			row.getCell(COL.label).value = question.label[locale];
			row.getCell(COL.text).value = question.text[locale];
			row.getCell(COL.guidance).value = question.guidance.map((g) => `• ${g[locale]}`).join('\n');
			DESCRIPTOR_COLS.forEach((col, j) => (row.getCell(col).value = cells[j]));
			for (let col = 1; col <= headers.length; col++) row.getCell(col).alignment = wrap;
			if (readOnly) {
				const national = content.national.get(question.code);
				row.getCell(COL.answer).value = national?.rating ? choiceLabel(fw, national.rating, locale) : m.questionnaire_national_unanswered();
				row.getCell(COL.naReason).value = m.workbook_national_note();
				row.getCell(COL.comment).value = national?.comment ?? '';
				for (let col = 1; col <= headers.length; col++) {
					row.getCell(col).fill = READ_ONLY_FILL;
					row.getCell(col).font = { italic: true, color: { argb: 'FF555555' } };
				}
			} else {
				const answer = content.answers.get(question.code);
				row.getCell(COL.answer).value = answer?.rating ? choiceLabel(fw, answer.rating, locale) : null;
				row.getCell(COL.naReason).value = answer?.naReason ?? null;
				row.getCell(COL.comment).value = answer?.comment ?? null;
				row.getCell(COL.answer).dataValidation = {
					type: 'list',
					allowBlank: true,
					formulae: [listRange],
					showErrorMessage: true,
					errorStyle: 'stop',
					errorTitle: m.workbook_col_answer(),
					error: m.workbook_choose_from_list()
				};
				for (const col of [COL.answer, COL.naReason, COL.comment]) {
					row.getCell(col).protection = { locked: false };
					row.getCell(col).fill = INPUT_FILL;
				}
			}
		});
		await ws.protect('', protection);
	}

	const metaSheet = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
	for (const cells of metaRows(content.meta, content.signature)) metaSheet.addRow(cells);
	await metaSheet.protect('', {});
	return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- reading

/** Rows kept per sheet: enough to notice a sheet that holds far more than a questionnaire. */
const ROWS_KEPT = MAX_ROWS_PER_SHEET + FIRST_QUESTION_ROW + 1;

function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
	const rows = new Map<number, string[]>();
	ws.eachRow({ includeEmpty: false }, (row, number) => {
		if (rows.size >= ROWS_KEPT) return;
		const values = row.values as unknown[];
		rows.set(number, Array.from({ length: Math.min(values.length, 40) }, (_, i) => cellText(values[i])));
	});
	return { name: ws.name, rows };
}

/** Every sheet of an XLSX file as cell texts; null when exceljs cannot read the file. */
export async function readWorkbookGrids(bytes: Uint8Array): Promise<Map<string, SheetGrid> | null> {
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return null;
	}
	return new Map(wb.worksheets.map((ws) => [ws.name, toGrid(ws)]));
}
