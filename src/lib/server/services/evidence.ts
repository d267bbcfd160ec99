/**
 * Evidence: documents (stored inside the database), web links, interview citations and dataset fact
 * sheets, each with a polarity, linked to one or more questions of the organisation's assessments in the
 * round (both frameworks). Linking changes evidence confidence, so the touched assessments are rescored.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { assessments, evidence, evidenceLinks, files, interviewOrganisations, interviews, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { loadAssessmentContextSync } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { factsOf, toActor } from './assessment-access';
import { refreshScore } from './scores';
import { assessmentPermissions, type AssessmentPermissions } from '$lib/domain/access';
import { appliesToKind, findQuestion } from '$lib/domain/frameworks/model';
import { checkUpload, cleanFileName } from '$lib/domain/files';
import type { Framework } from '$lib/domain/frameworks/schema';
import { config } from '../config';
import { DomainError } from './errors';

export type Polarity = '+' | '-' | 'o';
export interface QuestionRef {
	assessmentId: number;
	questionCode: string;
}

interface Scope {
	roundId: number;
	organisationId: number;
}

async function frameworksOf(db: Db, scope: Scope): Promise<Map<string, Framework>> {
	const ids = db
		.select({ frameworkId: assessments.frameworkId })
		.from(assessments)
		.where(and(eq(assessments.roundId, scope.roundId), eq(assessments.organisationId, scope.organisationId)))
		.all()
		.map((r) => r.frameworkId);
	const map = new Map<string, Framework>();
	for (const id of new Set(ids)) {
		const fw = await getFramework(db, id);
		if (fw) map.set(id, fw);
	}
	return map;
}

function permissionsOn(tx: DbOrTx, user: AuthedUser, assessmentId: number, fws: Map<string, Framework>) {
	const ctx = loadAssessmentContextSync(tx, assessmentId, (id) => {
		const fw = fws.get(id);
		if (!fw) throw new DomainError('error_404', '_form', 404);
		return fw;
	});
	if (!ctx) throw new DomainError('error_404', '_form', 404);
	return { ctx, permissions: assessmentPermissions(toActor(user), factsOf(ctx, user)) };
}

/** Checks that the person may add evidence to every linked question; returns the touched assessments. */
function checkLinks(tx: DbOrTx, user: AuthedUser, scope: Scope, links: QuestionRef[], fws: Map<string, Framework>): number[] {
	const touched = new Set<number>();
	for (const link of links) {
		const { ctx, permissions } = permissionsOn(tx, user, link.assessmentId, fws);
		if (ctx.round.id !== scope.roundId || ctx.assessment.organisationId !== scope.organisationId || !permissions.addEvidence)
			throw new DomainError('error_not_allowed', 'links', 403);
		const q = findQuestion(ctx.framework, link.questionCode);
		if (!q || q.scope === 'national' || !appliesToKind(q, ctx.organisation.kind))
			throw new DomainError('error_unknown_question', 'links', 400, { code: link.questionCode });
		touched.add(link.assessmentId);
	}
	return [...touched];
}

/** The person may add evidence to the organisation's work in this round at all. */
function checkScope(tx: DbOrTx, user: AuthedUser, scope: Scope, fws: Map<string, Framework>): void {
	const ids = tx
		.select({ id: assessments.id })
		.from(assessments)
		.where(and(eq(assessments.roundId, scope.roundId), eq(assessments.organisationId, scope.organisationId)))
		.all();
	if (!ids.some(({ id }) => permissionsOn(tx, user, id, fws).permissions.addEvidence)) throw new DomainError('error_not_allowed', '_form', 403);
}

function insertLinks(tx: DbOrTx, evidenceId: number, links: QuestionRef[]) {
	for (const l of links) tx.insert(evidenceLinks).values({ evidenceId, ...l }).onConflictDoNothing().run();
}

function rescore(tx: DbOrTx, assessmentIds: number[], fws: Map<string, Framework>, at: Date) {
	for (const id of assessmentIds) {
		const row = tx.select({ frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.id, id)).get();
		const fw = row && fws.get(row.frameworkId);
		if (fw) refreshScore(tx, id, fw, at);
	}
}

export interface NewEvidence extends Scope {
	title: string;
	description: string | null;
	polarity: Polarity;
	links: QuestionRef[];
}

export async function addDocument(
	db: Db,
	user: AuthedUser,
	input: NewEvidence & { file: { name: string; bytes: Uint8Array } },
	at = new Date()
): Promise<number> {
	const check = checkUpload(input.file.name, input.file.bytes, config.maxUploadBytes);
	if (!check.ok) throw new DomainError(`error_upload_${check.reason}`, 'file', 400, { max: Math.round(config.maxUploadBytes / 1048576) });
	const fws = await frameworksOf(db, input);
	return db.transaction((tx) => {
		checkScope(tx, user, input, fws);
		const touched = checkLinks(tx, user, input, input.links, fws);
		const file = tx
			.insert(files)
			.values({
				sha256: createHash('sha256').update(input.file.bytes).digest('hex'),
				size: input.file.bytes.length,
				mime: check.kind.mime,
				extension: check.kind.extension,
				originalName: cleanFileName(input.file.name),
				data: Buffer.from(input.file.bytes),
				createdBy: user.id,
				createdAt: at
			})
			.returning({ id: files.id })
			.get();
		const row = tx
			.insert(evidence)
			.values({ roundId: input.roundId, organisationId: input.organisationId, kind: 'document', title: input.title, description: input.description, fileId: file.id, polarity: input.polarity, createdBy: user.id, createdAt: at })
			.returning({ id: evidence.id })
			.get();
		insertLinks(tx, row.id, input.links);
		writeAudit(tx, { userId: user.id, entity: 'evidence', entityId: row.id, action: 'add_document', organisationId: input.organisationId, after: { title: input.title, polarity: input.polarity, file: cleanFileName(input.file.name), size: input.file.bytes.length, links: input.links } }, at);
		rescore(tx, touched, fws, at);
		return row.id;
	});
}

export async function addLink(db: Db, user: AuthedUser, input: NewEvidence & { url: string }, at = new Date()): Promise<number> {
	const fws = await frameworksOf(db, input);
	return db.transaction((tx) => {
		checkScope(tx, user, input, fws);
		const touched = checkLinks(tx, user, input, input.links, fws);
		const row = tx
			.insert(evidence)
			.values({ roundId: input.roundId, organisationId: input.organisationId, kind: 'link', title: input.title, description: input.description, url: input.url, polarity: input.polarity, createdBy: user.id, createdAt: at })
			.returning({ id: evidence.id })
			.get();
		insertLinks(tx, row.id, input.links);
		writeAudit(tx, { userId: user.id, entity: 'evidence', entityId: row.id, action: 'add_link', organisationId: input.organisationId, after: { title: input.title, url: input.url, polarity: input.polarity, links: input.links } }, at);
		rescore(tx, touched, fws, at);
		return row.id;
	});
}

/** Cites an interview as evidence: the citation names role, category and date, never the notes. */
export async function citeInterview(db: Db, user: AuthedUser, input: Scope & { interviewId: number; polarity: Polarity; description: string | null; links: QuestionRef[] }, at = new Date()): Promise<number> {
	if (user.role !== 'assessor' && user.role !== 'committee') throw new DomainError('error_not_allowed', '_form', 403);
	const fws = await frameworksOf(db, input);
	return db.transaction((tx) => {
		const interview = tx.select().from(interviews).where(eq(interviews.id, input.interviewId)).get();
		if (!interview || interview.roundId !== input.roundId) throw new DomainError('error_404', 'interviewId', 404);
		const informs = tx
			.select()
			.from(interviewOrganisations)
			.where(and(eq(interviewOrganisations.interviewId, input.interviewId), eq(interviewOrganisations.organisationId, input.organisationId)))
			.get();
		if (!informs) throw new DomainError('error_interview_not_for_organisation', 'interviewId');
		checkScope(tx, user, input, fws);
		const touched = checkLinks(tx, user, input, input.links, fws);
		const title = `${interview.intervieweeRoles} · ${interview.date}`;
		const row = tx
			.insert(evidence)
			.values({ roundId: input.roundId, organisationId: input.organisationId, kind: 'interview', title, description: input.description, interviewId: input.interviewId, polarity: input.polarity, createdBy: user.id, createdAt: at })
			.returning({ id: evidence.id })
			.get();
		insertLinks(tx, row.id, input.links);
		writeAudit(tx, { userId: user.id, entity: 'evidence', entityId: row.id, action: 'cite_interview', organisationId: input.organisationId, after: { interviewId: input.interviewId, polarity: input.polarity, links: input.links } }, at);
		rescore(tx, touched, fws, at);
		return row.id;
	});
}

/** A fact sheet becomes evidence of its own kind, linkable like any other. */
export function factSheetEvidence(tx: DbOrTx, user: AuthedUser, factSheetId: number, scope: Scope, title: string, at: Date): number {
	const row = tx
		.insert(evidence)
		.values({ ...scope, kind: 'fact_sheet', title, factSheetId, polarity: 'o', createdBy: user.id, createdAt: at })
		.returning({ id: evidence.id })
		.get();
	return row.id;
}

export async function linkEvidence(db: Db, user: AuthedUser, evidenceId: number, links: QuestionRef[], remove: QuestionRef[] = [], at = new Date()): Promise<void> {
	const ev = db.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
	if (!ev) throw new DomainError('error_404', '_form', 404);
	const fws = await frameworksOf(db, ev);
	db.transaction((tx) => {
		checkScope(tx, user, ev, fws);
		const touched = new Set([...checkLinks(tx, user, ev, links, fws), ...checkLinks(tx, user, ev, remove, fws)]);
		insertLinks(tx, evidenceId, links);
		for (const r of remove)
			tx.delete(evidenceLinks).where(and(eq(evidenceLinks.evidenceId, evidenceId), eq(evidenceLinks.assessmentId, r.assessmentId), eq(evidenceLinks.questionCode, r.questionCode))).run();
		writeAudit(tx, { userId: user.id, entity: 'evidence', entityId: evidenceId, action: 'link', organisationId: ev.organisationId, after: { add: links, remove } }, at);
		rescore(tx, [...touched], fws, at);
	});
}

export interface EvidenceView {
	id: number;
	kind: string;
	title: string;
	description: string | null;
	url: string | null;
	polarity: string;
	fileName: string | null;
	fileSize: number | null;
	interview: { date: string; roles: string; category: string } | null;
	factSheetId: number | null;
	createdBy: string;
	createdByRole: string;
	createdAt: Date;
	links: QuestionRef[];
}

/**
 * Evidence of an organisation in a round that this person may see: respondents see their organisation's
 * own evidence, and what assessors added only after publication; interview notes never leave the
 * interview record.
 */
const evidenceOfOrganisation = preparedQuery((db) =>
	db
		.select({ e: evidence, creatorName: users.name, creatorRole: users.role, fileName: files.originalName, fileSize: files.size, iv: interviews })
		.from(evidence)
		.leftJoin(users, eq(users.id, evidence.createdBy))
		.leftJoin(files, eq(files.id, evidence.fileId))
		.leftJoin(interviews, eq(interviews.id, evidence.interviewId))
		.where(and(eq(evidence.roundId, sql.placeholder('round')), eq(evidence.organisationId, sql.placeholder('organisation'))))
		.prepare()
);
const linksOfOrganisation = preparedQuery((db) =>
	db
		.select({ evidenceId: evidenceLinks.evidenceId, assessmentId: evidenceLinks.assessmentId, questionCode: evidenceLinks.questionCode })
		.from(evidenceLinks)
		.innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
		.where(and(eq(evidence.roundId, sql.placeholder('round')), eq(evidence.organisationId, sql.placeholder('organisation'))))
		.prepare()
);

export function visibleEvidence(tx: DbOrTx, user: AuthedUser, scope: Scope, permissions: AssessmentPermissions, published: boolean): EvidenceView[] {
	if (!permissions.read) return [];
	const rows = evidenceOfOrganisation(tx).all({ round: scope.roundId, organisation: scope.organisationId });
	const links = rows.length ? linksOfOrganisation(tx).all({ round: scope.roundId, organisation: scope.organisationId }) : [];
	return rows
		.filter((r) => user.role !== 'respondent' || r.creatorRole === 'respondent' || published)
		.map((r) => ({
			id: r.e.id,
			kind: r.e.kind,
			title: r.e.title,
			description: r.e.description,
			url: r.e.url,
			polarity: r.e.polarity,
			fileName: r.fileName,
			fileSize: r.fileSize,
			interview: r.iv ? { date: r.iv.date, roles: r.iv.intervieweeRoles, category: r.iv.stakeholderCategory } : null,
			factSheetId: r.e.factSheetId,
			createdBy: r.creatorName ?? '—',
			createdByRole: r.creatorRole ?? '',
			createdAt: r.e.createdAt,
			links: links.filter((l) => l.evidenceId === r.e.id).map((l) => ({ assessmentId: l.assessmentId, questionCode: l.questionCode }))
		}));
}

/** The stored file of a document, if this person may see the evidence it belongs to. */
export async function evidenceFile(db: Db, user: AuthedUser, evidenceId: number) {
	const ev = db.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
	if (!ev || !ev.fileId) return null;
	const fws = await frameworksOf(db, ev);
	const ids = db.select({ id: assessments.id, status: assessments.status }).from(assessments).where(and(eq(assessments.roundId, ev.roundId), eq(assessments.organisationId, ev.organisationId))).all();
	const visible = ids.some(({ id }) => {
		const { ctx, permissions } = permissionsOn(db, user, id, fws);
		return visibleEvidence(db, user, ev, permissions, ctx.assessment.status === 'published').some((v) => v.id === evidenceId);
	});
	if (!visible) return null;
	return db.select().from(files).where(eq(files.id, ev.fileId)).get() ?? null;
}

export interface LinkTarget {
	assessmentId: number;
	frameworkId: string;
	kind: string;
	sections: { code: string; title: string; questions: { code: string; label: string }[] }[];
}

/** Questions of the organisation's assessments in the round that this person may attach evidence to. */
export async function linkTargets(db: Db, user: AuthedUser, scope: Scope, locale: 'vi' | 'en'): Promise<LinkTarget[]> {
	const fws = await frameworksOf(db, scope);
	const rows = db.select().from(assessments).where(and(eq(assessments.roundId, scope.roundId), eq(assessments.organisationId, scope.organisationId))).all();
	const targets: LinkTarget[] = [];
	for (const row of rows.sort((a, b) => a.frameworkId.localeCompare(b.frameworkId))) {
		const { ctx, permissions } = permissionsOn(db, user, row.id, fws);
		if (!permissions.addEvidence) continue;
		targets.push({
			assessmentId: row.id,
			frameworkId: row.frameworkId,
			kind: ctx.framework.kind,
			sections: ctx.framework.sections.map((s) => ({
				code: s.code,
				title: s.title[locale],
				questions: (s.questions as { code: string; label: { vi: string; en: string }; scope: string; appliesTo?: string[] }[])
					.filter((q) => q.scope === 'organisation' && (!q.appliesTo || q.appliesTo.includes(ctx.organisation.kind)))
					.map((q) => ({ code: q.code, label: q.label[locale] }))
			}))
		});
	}
	return targets;
}

/** `"<assessmentId>:<questionCode>"` values from a form, as question references. */
export function parseLinks(values: unknown[]): QuestionRef[] {
	return values
		.filter((v): v is string => typeof v === 'string')
		.map((v) => /^([0-9]{1,12}):([A-Z]{2}-[0-9]{1,2}\.[0-9]{1,2})$/.exec(v))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ assessmentId: Number(m[1]), questionCode: m[2] }));
}
