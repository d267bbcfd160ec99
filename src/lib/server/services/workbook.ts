/**
 * The spreadsheet round-trip of an assessment: a person downloads their own answers as a workbook, fills
 * it in offline and uploads it. The upload is checked whole before anything is stored (a file that is not
 * ours, signed metadata that was edited, a foreign assessment, another framework version, a changed code,
 * an impossible level, a missing sheet: refused with every problem listed); the rows the person edited are
 * then saved through the answers service in one transaction — optimistic concurrency against the version
 * each answer had at download, so answers changed on the server since come back as conflicts to resolve
 * one by one.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { answers as answersTable, frameworks, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { writeAudit } from '../audit';
import { config } from '../config';
import { getFramework } from '../repositories/frameworks';
import { answersOf, organisationLabel } from '../repositories/assessments';
import type { AssessmentView } from './assessment-access';
import { answerHash, nationalAnswersOf, saveAnswers, type AnswerSnapshot, type AnswerValues } from './answers';
import { canWriteOwnSource, editSourceFor } from './questionnaire';
import { isDemoDatabase } from './startup';
import { roundName } from './rounds';
import { DomainError } from './errors';
import { choiceLabel, readWorkbookGrids, shortChoiceLabel, signMeta, verifyMeta, workbookSecret, writeWorkbook } from './workbook-file';
import { safeFileName } from '../exports';
import { m } from '$lib/paraglide/messages';
import { importanceLabel, sourceLabel, statusLabel } from '$lib/i18n';
import { translate } from '../forms';
import { extensionOf } from '$lib/domain/files';
import {
	choiceIndex,
	META_SHEET,
	MAX_INFLATED_BYTES,
	ratingChoices,
	readAnswers,
	readMeta,
	workbookSheets,
	zipInflatedSize,
	type WorkbookMeta,
	type WorkbookProblem,
	type WorkbookSource
} from '$lib/domain/workbook';
import { answerSaveSchema, type AnswerSave } from '$lib/domain/validation/answers';
import type { Framework } from '$lib/domain/frameworks/schema';
import { formatDateTime, type Locale } from '$lib/domain/text';

export interface WorkbookFile {
	body: Buffer;
	fileName: string;
}

/**
 * Whose answers a person's workbook holds: respondents their organisation's self-evaluation, an assigned
 * assessor their own ratings, the committee the final ratings. Administrators answer nothing.
 */
export function workbookSourceFor(user: AuthedUser, view: AssessmentView): WorkbookSource | null {
	if (user.role === 'respondent' && view.permissions.readSelf) return 'self';
	if (user.role === 'assessor' && view.permissions.readAssessor) return 'assessor';
	if (user.role === 'committee' && view.permissions.readFinal) return 'final';
	return null;
}

function frameworkSha(db: Db, id: string): string {
	return db.select({ sha256: frameworks.sha256 }).from(frameworks).where(eq(frameworks.id, id)).get()?.sha256 ?? '';
}

const valuesOf = (r: { rating: string | null; naReason: string | null; comment: string | null } | undefined): AnswerValues => ({
	rating: r?.rating ?? null,
	naReason: r?.rating === 'na' ? (r?.naReason ?? null) : null,
	comment: r?.comment ?? null
});

function instructions(writable: boolean): string[] {
	return [
		m.workbook_howto_choose(),
		m.workbook_howto_na(),
		m.workbook_howto_national(),
		m.workbook_howto_upload(),
		m.workbook_howto_conflicts(),
		...(writable ? [] : [m.workbook_howto_read_only()])
	];
}

/** The person's own answers of one assessment, as a workbook in the reader's language. */
export async function assessmentWorkbook(db: Db, user: AuthedUser, view: AssessmentView, locale: Locale, at = new Date()): Promise<WorkbookFile> {
	const source = workbookSourceFor(user, view);
	if (!source) throw new DomainError('error_not_allowed', '_form', 403);
	const fw = view.framework;
	const orgKind = view.organisation.kind;
	const sheets = workbookSheets(fw, orgKind);
	const rows = new Map(answersOf(db, view.assessment.id, [source]).map((r) => [r.questionCode, r]));
	const meta: WorkbookMeta = {
		kind: 'assessment',
		assessmentId: view.assessment.id,
		frameworkId: fw.id,
		frameworkVersion: fw.version,
		frameworkSha256: frameworkSha(db, fw.id),
		source,
		userId: user.id,
		organisationId: view.organisation.id,
		orgKind,
		locale,
		issuedAt: at.toISOString(),
		questions: sheets.flatMap((s) =>
			s.questions
				.filter((q) => !q.readOnly)
				.map(({ question }) => {
					const row = rows.get(question.code);
					return { code: question.code, version: row?.version ?? 0, hash: answerHash(valuesOf(row)) };
				})
		)
	};
	const writable = editSourceFor(user, view) === source && canWriteOwnSource(user, view);
	const body = await writeWorkbook(
		{
			fw,
			locale,
			sheets,
			meta,
			signature: signMeta(workbookSecret(db), meta),
			answers: new Map([...rows].map(([code, r]) => [code, valuesOf(r)])),
			national: new Map(nationalAnswersOf(db, view.round.id, fw.id).map((n) => [n.questionCode, { rating: n.rating, comment: n.comment }])),
			about: [
				[m.exports_about_organisation(), organisationLabel(view.organisation, locale)],
				[m.exports_about_round(), roundName(view.round, locale)],
				[m.exports_about_framework(), `${fw.title[locale]} (${fw.id})`],
				[m.exports_about_status(), statusLabel(view.assessment.status)],
				[m.workbook_about_source(), sourceLabel(source)],
				[m.workbook_about_downloaded(), `${user.name}, ${formatDateTime(at, locale)}`],
				...(isDemoDatabase(db) ? [[m.exports_about_demo(), m.exports_demo_note()] as [string, string]] : [])
			],
			instructions: instructions(writable)
		},
		importanceLabel
	);
	return { body, fileName: safeFileName(['sansang', view.round.year, view.organisation.code, fw.id, source], 'xlsx') };
}

/** Every question of a framework version, with empty answers: to read, print or circulate before a round. */
export async function blankWorkbook(db: Db, frameworkId: string, locale: Locale, at = new Date()): Promise<WorkbookFile | null> {
	const fw = await getFramework(db, frameworkId);
	if (!fw) return null;
	const sheets = workbookSheets(fw, null);
	const meta: WorkbookMeta = {
		kind: 'blank',
		assessmentId: null,
		frameworkId: fw.id,
		frameworkVersion: fw.version,
		frameworkSha256: frameworkSha(db, fw.id),
		source: null,
		userId: null,
		organisationId: null,
		orgKind: null,
		locale,
		issuedAt: at.toISOString(),
		questions: []
	};
	const body = await writeWorkbook(
		{
			fw,
			locale,
			sheets,
			meta,
			signature: signMeta(workbookSecret(db), meta),
			answers: new Map(),
			national: new Map(),
			about: [
				[m.exports_about_framework(), `${fw.title[locale]} (${fw.id})`],
				[m.workbook_about_blank(), m.workbook_blank_note()]
			],
			instructions: [m.workbook_howto_choose(), m.workbook_howto_na(), m.workbook_howto_national(), m.workbook_howto_blank()]
		},
		importanceLabel
	);
	return { body, fileName: safeFileName(['sansang', fw.id, 'blank', locale], 'xlsx') };
}

// ---------------------------------------------------------------- upload

export interface WorkbookConflict {
	questionCode: string;
	mine: AnswerValues;
	current: AnswerSnapshot;
}

export type UploadResult =
	| { status: 'refused'; problems: string[] }
	| { status: 'applied'; updated: number; unchanged: number; conflicts: WorkbookConflict[] };

const refused = (...problems: WorkbookProblem[]): { status: 'refused'; problems: WorkbookProblem[] } => ({ status: 'refused', problems });

/** A problem in the reader's language; field reasons (too long…) are translated inside it. */
export function describeProblem(p: WorkbookProblem, fw: Framework | null, locale: Locale): string {
	const params: Record<string, unknown> = { sheet: p.sheet, row: p.row, code: p.code, ...p.params };
	if (p.key === 'workbook_error_field') {
		const field = p.params?.field === 'comment' ? m.questionnaire_comment() : p.params?.field === 'naReason' ? m.questionnaire_na_reason() : m.workbook_col_answer();
		params.field = field;
		params.reason = translate(String(p.params?.reason ?? 'error_invalid_value'), p.params ?? {});
	}
	if (p.key === 'workbook_error_rating' && fw) params.choices = ratingChoices(fw).map((r) => choiceLabel(fw, r, locale)).join('; ');
	return translate(p.key, params);
}

/** Checks a file as a workbook of this assessment, for this person; nothing is stored. */
async function checkWorkbook(
	db: Db,
	view: AssessmentView,
	source: WorkbookSource,
	file: { name: string; bytes: Uint8Array }
): Promise<{ status: 'refused'; problems: WorkbookProblem[] } | { status: 'ok'; meta: WorkbookMeta; saves: { save: AnswerSave; touched: boolean }[] }> {
	const { bytes } = file;
	const max = config.maxUploadBytes;
	if (bytes.length === 0) return refused({ key: 'error_upload_empty' });
	if (bytes.length > max) return refused({ key: 'error_upload_too_large', params: { max: Math.round(max / 1024 / 1024) } });
	if (extensionOf(file.name) !== 'xlsx') return refused({ key: 'workbook_error_extension' });
	const inflated = zipInflatedSize(bytes);
	if (inflated === null) return refused({ key: 'workbook_error_not_xlsx' });
	if (inflated > MAX_INFLATED_BYTES) return refused({ key: 'workbook_error_inflated', params: { max: MAX_INFLATED_BYTES / 1024 / 1024 } });
	const grids = await readWorkbookGrids(bytes);
	if (!grids) return refused({ key: 'workbook_error_not_xlsx' });
	const metaGrid = grids.get(META_SHEET);
	if (!metaGrid) return refused({ key: 'workbook_error_not_ours' });
	const read = readMeta(metaGrid);
	if ('key' in read) return refused(read);
	const { meta, signature } = read;
	if (!verifyMeta(workbookSecret(db), meta, signature)) return refused({ key: 'workbook_error_meta_edited' });
	const fw = view.framework;
	if (meta.kind === 'blank') return refused({ key: 'workbook_error_blank' });
	if (meta.assessmentId !== view.assessment.id) return refused({ key: 'workbook_error_foreign', params: { id: meta.assessmentId } });
	if (meta.frameworkId !== fw.id || meta.frameworkVersion !== fw.version)
		return refused({ key: 'workbook_error_framework', params: { found: meta.frameworkId, expected: fw.id } });
	if (meta.frameworkSha256 !== frameworkSha(db, fw.id)) return refused({ key: 'workbook_error_framework_changed', params: { id: fw.id } });
	if (meta.source !== source)
		return refused({ key: 'workbook_error_source', params: { found: sourceLabel(meta.source ?? ''), expected: sourceLabel(source) } });
	if (meta.orgKind !== view.organisation.kind) return refused({ key: 'workbook_error_foreign', params: { id: meta.assessmentId } });
	const stamps = new Map(meta.questions.map((q) => [q.code, q]));
	const labels = (['vi', 'en'] as const).flatMap((l) => [(r: string) => choiceLabel(fw, r, l), (r: string) => shortChoiceLabel(r, l)]);
	const { answers, problems } = readAnswers({
		fw,
		orgKind: view.organisation.kind,
		source,
		sheets: grids,
		choices: choiceIndex(fw, labels),
		versions: new Map([...stamps].map(([code, s]) => [code, s.version]))
	});
	if (problems.length) return { status: 'refused', problems };
	return {
		status: 'ok',
		meta,
		saves: answers.map(({ save }) => ({
			save,
			// A row left as it was downloaded is not the person's edit, even if the server changed since.
			touched: answerHash(valuesOf(save)) !== stamps.get(save.questionCode)?.hash
		}))
	};
}

/**
 * Applies an uploaded workbook: every edited row saved in one transaction, or nothing at all when the file
 * is refused. Conflicts (answers changed on the server since the download) are returned with both values.
 */
export async function uploadWorkbook(
	db: Db,
	user: AuthedUser,
	view: AssessmentView,
	file: { name: string; bytes: Uint8Array },
	locale: Locale,
	at = new Date()
): Promise<UploadResult> {
	const source = editSourceFor(user, view);
	if (!source || !canWriteOwnSource(user, view)) throw new DomainError('error_not_allowed_to_save', '_form', 403);
	const checked = await checkWorkbook(db, view, source, file);
	if (checked.status === 'refused') return { status: 'refused', problems: checked.problems.slice(0, 200).map((p) => describeProblem(p, view.framework, locale)) };
	const saves = checked.saves.filter((s) => s.touched).map((s) => s.save);
	const untouched = checked.saves.length - saves.length;
	const outcomes = await saveAnswers(db, user, view.assessment.id, saves, at, (tx, results) =>
		writeAudit(
			tx,
			{
				userId: user.id,
				entity: 'assessment',
				entityId: view.assessment.id,
				action: 'workbook_upload',
				organisationId: view.assessment.organisationId,
				after: {
					source,
					downloadedAt: checked.meta.issuedAt,
					updated: results.filter((o) => o.status === 'saved').map((o) => o.questionCode),
					conflicts: results.filter((o) => o.status === 'conflict').map((o) => o.questionCode)
				}
			},
			at
		)
	);
	const conflicts = outcomes.flatMap((o) => (o.status === 'conflict' ? [{ questionCode: o.questionCode, mine: o.mine, current: o.current }] : []));
	return {
		status: 'applied',
		updated: outcomes.filter((o) => o.status === 'saved').length,
		unchanged: untouched + outcomes.filter((o) => o.status === 'unchanged').length,
		conflicts
	};
}

// ---------------------------------------------------------------- resolving conflicts one by one

/** What the page carries between conflict decisions: my values and the version I saw for each conflict. */
export interface PendingConflict {
	questionCode: string;
	rating: string | null;
	naReason: string | null;
	comment: string | null;
	baseVersion: number;
}

export function pendingOf(conflicts: WorkbookConflict[]): PendingConflict[] {
	return conflicts.map((c) => ({ questionCode: c.questionCode, ...c.mine, baseVersion: c.current.version }));
}

function parsePending(raw: string, source: WorkbookSource): AnswerSave[] {
	if (raw.length > 500_000) throw new DomainError('error_invalid_value', '_form', 400);
	let list: unknown;
	try {
		list = JSON.parse(raw);
	} catch {
		throw new DomainError('error_invalid_value', '_form', 400);
	}
	if (!Array.isArray(list) || list.length > 500) throw new DomainError('error_invalid_value', '_form', 400);
	return list.map((entry) => {
		const parsed = answerSaveSchema.safeParse({ ...(entry && typeof entry === 'object' ? entry : {}), source, clientId: undefined });
		if (!parsed.success) throw new DomainError('error_invalid_value', '_form', 400);
		return parsed.data;
	});
}

/** The current stored values of the given questions, to show beside the person's own. */
function currentSnapshots(db: Db, assessmentId: number, source: string, codes: string[]): Map<string, AnswerSnapshot> {
	if (!codes.length) return new Map();
	const rows = db
		.select({ a: answersTable, name: users.name })
		.from(answersTable)
		.leftJoin(users, eq(users.id, answersTable.updatedBy))
		.where(and(eq(answersTable.assessmentId, assessmentId), eq(answersTable.source, source), inArray(answersTable.questionCode, codes)))
		.all();
	const byCode = new Map(rows.map((r) => [r.a.questionCode, r]));
	return new Map(
		codes.map((code) => {
			const r = byCode.get(code);
			return [code, { ...valuesOf(r?.a), version: r?.a.version ?? 0, updatedBy: r?.name ?? null, updatedAt: r ? r.a.updatedAt.toISOString() : null }];
		})
	);
}

/**
 * One decision on one conflict: keep mine (saved over the version the person saw; if it changed again
 * meanwhile, the conflict stays with the newer values) or use the saved version (nothing to store). The
 * other conflicts come back with their current values.
 */
export async function resolveConflict(
	db: Db,
	user: AuthedUser,
	view: AssessmentView,
	input: { pending: string; code: string; decision: 'keep' | 'theirs' }
): Promise<{ kept: boolean; conflicts: WorkbookConflict[] }> {
	const source = editSourceFor(user, view);
	if (!source || !canWriteOwnSource(user, view)) throw new DomainError('error_not_allowed_to_save', '_form', 403);
	const pending = parsePending(input.pending, source);
	const chosen = pending.find((p) => p.questionCode === input.code);
	if (!chosen) throw new DomainError('error_invalid_value', '_form', 400);
	let rest = pending.filter((p) => p !== chosen);
	let kept = false;
	if (input.decision === 'keep') {
		const [outcome] = await saveAnswers(db, user, view.assessment.id, [chosen]);
		kept = outcome.status !== 'conflict';
		if (!kept) rest = [chosen, ...rest];
	}
	const current = currentSnapshots(db, view.assessment.id, source, rest.map((p) => p.questionCode));
	return {
		kept,
		conflicts: rest.flatMap((p) => {
			const now = current.get(p.questionCode)!;
			const mine = valuesOf(p);
			// Someone may have saved the very same values meanwhile: nothing left to decide.
			if (answerHash(mine) === answerHash(now)) return [];
			return [{ questionCode: p.questionCode, mine, current: now }];
		})
	};
}
