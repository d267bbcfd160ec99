/**
 * The spreadsheet round-trip, pure parts: the layout of a questionnaire workbook, its signed metadata,
 * and reading an uploaded workbook back into answer saves with precise problems (sheet, row, question,
 * reason). Reading and writing XLSX files and checking signatures live in the server's workbook service;
 * this module sees a workbook as plain grids of cell texts.
 */
import type { z } from 'zod';
import { allowedRatings, answerSaveSchema, type AnswerSave } from './validation/answers';
import { appliesToKind, type AnyQuestion, type AnySection } from './frameworks/model';
import type { Framework } from './frameworks/schema';
import { normaliseText, type Locale } from './text';

export const WORKBOOK_FORMAT = 'sansang-workbook';
export const WORKBOOK_FORMAT_VERSION = '1';
export const META_SHEET = '_meta';
export const LISTS_SHEET = '_lists';

/** Row 1 holds the pillar or dimension title, row 2 the column headers, questions start on row 3. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_QUESTION_ROW = 3;

/** 1-based columns of a question sheet; the same for both frameworks from the answer on. */
export const COL = { code: 1, label: 2, text: 3, guidance: 4, answer: 9, naReason: 10, comment: 11 } as const;
/** Columns E–H: DG level descriptors 1–4, or OD importance, red, yellow, green. */
export const DESCRIPTOR_COLS = [5, 6, 7, 8] as const;

/** A workbook larger than this once unzipped is refused before it is parsed (zip bombs). */
export const MAX_INFLATED_BYTES = 60 * 1024 * 1024;
/** Question sheets hold at most a few dozen rows; far more means the file is not ours. */
export const MAX_ROWS_PER_SHEET = 500;

export type WorkbookSource = 'self' | 'assessor' | 'final';

export interface QuestionStamp {
	code: string;
	/** The answer's version at download (0: no answer yet). */
	version: number;
	/** Fingerprint of the answer's values at download, to tell the rows the person edited. */
	hash: string;
}

/** What the hidden `_meta` sheet says about a workbook. Every field is covered by the signature. */
export interface WorkbookMeta {
	kind: 'assessment' | 'blank';
	assessmentId: number | null;
	frameworkId: string;
	frameworkVersion: string;
	frameworkSha256: string;
	source: WorkbookSource | null;
	userId: number | null;
	organisationId: number | null;
	orgKind: string | null;
	locale: Locale;
	issuedAt: string;
	questions: QuestionStamp[];
}

/** A refusal to show the person: a message key, and where it applies. */
export interface WorkbookProblem {
	key: string;
	sheet?: string;
	row?: number;
	code?: string;
	params?: Record<string, unknown>;
}

/** One sheet as cell texts: `rows[n]` is row n (1-based), `rows[n][c]` column c (1-based). */
export interface SheetGrid {
	name: string;
	rows: Map<number, string[]>;
}

// ---------------------------------------------------------------- metadata

const metaKeys = [
	'format',
	'formatVersion',
	'kind',
	'assessmentId',
	'frameworkId',
	'frameworkVersion',
	'frameworkSha256',
	'source',
	'userId',
	'organisationId',
	'orgKind',
	'locale',
	'issuedAt'
] as const;

/** The exact text that is signed: every field, questions in code order. */
export function canonicalMeta(meta: WorkbookMeta): string {
	const questions = [...meta.questions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	return JSON.stringify([
		WORKBOOK_FORMAT,
		WORKBOOK_FORMAT_VERSION,
		meta.kind,
		meta.assessmentId,
		meta.frameworkId,
		meta.frameworkVersion,
		meta.frameworkSha256,
		meta.source,
		meta.userId,
		meta.organisationId,
		meta.orgKind,
		meta.locale,
		meta.issuedAt,
		questions.map((q) => [q.code, q.version, q.hash])
	]);
}

const text = (v: string | number | null) => (v === null ? '' : String(v));

/** The `_meta` sheet's rows: key/value pairs, a blank row, then one row per question. */
export function metaRows(meta: WorkbookMeta, signature: string): string[][] {
	const values: Record<(typeof metaKeys)[number], string> = {
		format: WORKBOOK_FORMAT,
		formatVersion: WORKBOOK_FORMAT_VERSION,
		kind: meta.kind,
		assessmentId: text(meta.assessmentId),
		frameworkId: meta.frameworkId,
		frameworkVersion: meta.frameworkVersion,
		frameworkSha256: meta.frameworkSha256,
		source: text(meta.source),
		userId: text(meta.userId),
		organisationId: text(meta.organisationId),
		orgKind: text(meta.orgKind),
		locale: meta.locale,
		issuedAt: meta.issuedAt
	};
	return [
		...metaKeys.map((k) => [k, values[k]]),
		['signature', signature],
		[],
		['question', 'version', 'hash'],
		...meta.questions.map((q) => [q.code, String(q.version), q.hash])
	];
}

const intOrNull = (v: string): number | null | undefined => (v === '' ? null : /^[0-9]{1,12}$/.test(v) ? Number(v) : undefined);

/**
 * Reads the `_meta` sheet back. Anything unreadable is reported as edited metadata: the signature check
 * that follows would refuse it anyway, and the person gets one clear reason.
 */
export function readMeta(grid: SheetGrid): { meta: WorkbookMeta; signature: string } | WorkbookProblem {
	const edited: WorkbookProblem = { key: 'workbook_error_meta_edited' };
	const pairs = new Map<string, string>();
	let row = 1;
	for (; row <= 40; row++) {
		const cells = grid.rows.get(row);
		if (!cells || !cells[1]) break;
		pairs.set(cells[1], cells[2] ?? '');
	}
	if (pairs.get('format') !== WORKBOOK_FORMAT) return { key: 'workbook_error_not_ours' };
	if (pairs.get('formatVersion') !== WORKBOOK_FORMAT_VERSION) return { key: 'workbook_error_format_version' };
	const kind = pairs.get('kind');
	const source = pairs.get('source') ?? '';
	const locale = pairs.get('locale');
	const assessmentId = intOrNull(pairs.get('assessmentId') ?? '');
	const userId = intOrNull(pairs.get('userId') ?? '');
	const organisationId = intOrNull(pairs.get('organisationId') ?? '');
	if (
		(kind !== 'assessment' && kind !== 'blank') ||
		!['', 'self', 'assessor', 'final'].includes(source) ||
		(locale !== 'vi' && locale !== 'en') ||
		assessmentId === undefined ||
		userId === undefined ||
		organisationId === undefined
	)
		return edited;
	const questions: QuestionStamp[] = [];
	// Skip to the question table's header.
	while (row <= 60 && grid.rows.get(row)?.[1] !== 'question') row++;
	if (row > 60) return edited;
	const last = row + MAX_ROWS_PER_SHEET;
	for (row++; row <= last; row++) {
		const cells = grid.rows.get(row);
		if (!cells || !cells[1]) break;
		const version = intOrNull(cells[2] ?? '');
		if (version === undefined || version === null) return edited;
		questions.push({ code: cells[1], version, hash: cells[3] ?? '' });
	}
	return {
		signature: pairs.get('signature') ?? '',
		meta: {
			kind,
			assessmentId,
			frameworkId: pairs.get('frameworkId') ?? '',
			frameworkVersion: pairs.get('frameworkVersion') ?? '',
			frameworkSha256: pairs.get('frameworkSha256') ?? '',
			source: source === '' ? null : (source as WorkbookSource),
			userId,
			organisationId,
			orgKind: pairs.get('orgKind') || null,
			locale,
			issuedAt: pairs.get('issuedAt') ?? '',
			questions
		}
	};
}

// ---------------------------------------------------------------- what a workbook holds

export interface SheetQuestion {
	question: AnyQuestion;
	/** National questions are shown read-only: answered once per round by the assessors. */
	readOnly: boolean;
}

export interface SheetModel {
	section: AnySection;
	questions: SheetQuestion[];
}

/**
 * One sheet per pillar or dimension, with the questions asked of this kind of organisation (all of them in
 * a blank workbook, `orgKind` null). National questions stay in, read-only.
 */
export function workbookSheets(fw: Framework, orgKind: string | null): SheetModel[] {
	return (fw.sections as AnySection[]).map((section) => ({
		section,
		questions: (section.questions as AnyQuestion[])
			.filter((q) => orgKind === null || appliesToKind(q, orgKind))
			.map((question) => ({ question, readOnly: question.scope === 'national' }))
	}));
}

/** Questions whose answers a workbook carries (organisation scope, asked of this kind). */
export function answerableCodes(fw: Framework, orgKind: string): string[] {
	return workbookSheets(fw, orgKind).flatMap((s) => s.questions.filter((q) => !q.readOnly).map((q) => q.question.code));
}

/** The ratings of a framework in the order of the drop-down list. */
export function ratingChoices(fw: Framework): string[] {
	return fw.kind === 'dg' ? ['1', '2', '3', '4', 'dont_know', 'na'] : ['green', 'yellow_green', 'yellow', 'red_yellow', 'red', 'grey', 'na'];
}

/** Choice labels are compared without regard to case, spacing, Unicode form or the kind of dash. */
export function choiceKey(value: string): string {
	return normaliseText(value).toLowerCase().replace(/[‐-―·:]/g, '-').replace(/\s*-\s*/g, ' - ');
}

/**
 * How a typed answer maps to a rating: the drop-down labels in either language, or the code itself
 * (`3`, `green`, `na`).
 */
export function choiceIndex(fw: Framework, labels: ((rating: string) => string)[]): Map<string, string> {
	const index = new Map<string, string>();
	for (const rating of allowedRatings(fw)) {
		index.set(choiceKey(rating), rating);
		for (const label of labels) index.set(choiceKey(label(rating)), rating);
	}
	return index;
}

// ---------------------------------------------------------------- reading cells

/** The text a cell shows, whatever exceljs made of it (numbers, rich text, formulas, links, dates). */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r?.text === 'string' ? r.text : '')).join('');
		if ('result' in v) return cellText(v.result);
		if (typeof v.text === 'string') return v.text;
		if ('error' in v) return '';
	}
	return '';
}

// ---------------------------------------------------------------- zip checks

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/**
 * Total unzipped size declared by a ZIP file's central directory, or null when the file is not a ZIP
 * that can be read this way (no end record, entries outside the file, ZIP64 sizes).
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
	if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return null;
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (u32(bytes, i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const entries = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
		const size = u32(bytes, at + 24);
		if (size === 0xffffffff) return null;
		total += size;
		at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return total;
}

// ---------------------------------------------------------------- reading answers back

export interface UploadedAnswer {
	sheet: string;
	row: number;
	save: AnswerSave;
}

export interface ReadAnswersInput {
	fw: Framework;
	orgKind: string;
	source: WorkbookSource;
	/** Question sheets by name (extra sheets are ignored). */
	sheets: Map<string, SheetGrid>;
	choices: Map<string, string>;
	/** The version each answer had at download (from the verified metadata). */
	versions: Map<string, number>;
}

function zodProblem(issues: readonly z.core.$ZodIssue[]): { key: string; field: string; params: Record<string, unknown> } {
	const issue = issues[0];
	const params: Record<string, unknown> = {};
	if ('maximum' in issue) params.max = Number(issue.maximum);
	return { key: issue.message.startsWith('error_') ? issue.message : 'error_invalid_value', field: String(issue.path[0] ?? ''), params };
}

/**
 * Reads every question sheet against the framework: each answerable question must be present once, in
 * its own sheet; nothing else may carry a code; every answer must be one of the choices and pass the same
 * schema as the web form. Returns the saves (based on the versions at download) or every problem found.
 */
export function readAnswers(input: ReadAnswersInput): { answers: UploadedAnswer[]; problems: WorkbookProblem[] } {
	const { fw, orgKind, source, sheets, choices, versions } = input;
	const answers: UploadedAnswer[] = [];
	const problems: WorkbookProblem[] = [];
	for (const model of workbookSheets(fw, orgKind)) {
		const sheet = model.section.code;
		const grid = sheets.get(sheet);
		if (!grid) {
			problems.push({ key: 'workbook_error_sheet_missing', sheet });
			continue;
		}
		const expected = new Map(model.questions.map((q) => [q.question.code, q]));
		const seen = new Set<string>();
		const rowNumbers = [...grid.rows.keys()].filter((n) => n >= FIRST_QUESTION_ROW).sort((a, b) => a - b);
		if (rowNumbers.length > MAX_ROWS_PER_SHEET) {
			problems.push({ key: 'workbook_error_too_many_rows', sheet, params: { max: MAX_ROWS_PER_SHEET } });
			continue;
		}
		for (const row of rowNumbers) {
			const cells = grid.rows.get(row) ?? [];
			const code = normaliseText(cells[COL.code] ?? '');
			const typed = [COL.answer, COL.naReason, COL.comment].some((c) => (cells[c] ?? '').trim() !== '');
			if (!code) {
				if (typed) problems.push({ key: 'workbook_error_no_code', sheet, row });
				continue;
			}
			const entry = expected.get(code);
			if (!entry) {
				problems.push({ key: 'workbook_error_unknown_code', sheet, row, code });
				continue;
			}
			if (seen.has(code)) {
				problems.push({ key: 'workbook_error_duplicate_code', sheet, row, code });
				continue;
			}
			seen.add(code);
			if (entry.readOnly) continue;
			const typedRating = normaliseText(cells[COL.answer] ?? '');
			const rating = typedRating === '' ? null : choices.get(choiceKey(typedRating));
			if (rating === undefined) {
				problems.push({ key: 'workbook_error_rating', sheet, row, code, params: { value: typedRating.slice(0, 60) } });
				continue;
			}
			const parsed = answerSaveSchema.safeParse({
				questionCode: code,
				source,
				rating,
				naReason: rating === 'na' ? (cells[COL.naReason] ?? '') : '',
				comment: cells[COL.comment] ?? '',
				baseVersion: versions.get(code) ?? 0
			});
			if (!parsed.success) {
				const p = zodProblem(parsed.error.issues);
				problems.push({ key: 'workbook_error_field', sheet, row, code, params: { field: p.field, reason: p.key, ...p.params } });
				continue;
			}
			answers.push({ sheet, row, save: parsed.data });
		}
		for (const [code, entry] of expected) {
			if (!entry.readOnly && !seen.has(code)) problems.push({ key: 'workbook_error_question_missing', sheet, code });
		}
	}
	return { answers, problems };
}
