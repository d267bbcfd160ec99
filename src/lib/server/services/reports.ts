/**
 * Reports: created as a draft from the data, edited (every change audited), frozen as final. A final report
 * never changes; a new draft starts from its items; earlier finals stay readable.
 */
import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { assessments, reportItems, reports, roundAssessors, roundOrganisations, rounds } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { organisationInRound, roundDay } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { cachedResult, computeResult } from './scores';
import { liveReportModel, reportEvidence, type ReportRow } from './report-model';
import { draftAgencyItems, draftCrossCutting, leadershipFirst, type DraftItem } from '$lib/domain/report/draft';
import type { ReportModel } from '$lib/domain/report/model';
import { DomainError } from './errors';

export interface ReportAccess {
	read: boolean;
	edit: boolean;
}

function assigned(db: DbOrTx, userId: number, roundId: number, organisationId: number): boolean {
	return !!db.select().from(roundAssessors).where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.organisationId, organisationId), eq(roundAssessors.userId, userId))).get();
}

/** Every assessment of the organisation in the round is published. */
function published(db: DbOrTx, roundId: number, organisationId: number | null): boolean {
	const rows = db.select({ status: assessments.status }).from(assessments).where(organisationId === null ? eq(assessments.roundId, roundId) : and(eq(assessments.roundId, roundId), eq(assessments.organisationId, organisationId))).all();
	return rows.length > 0 && rows.every((r) => r.status === 'published');
}

/**
 * Drafts are for the assessment team. A final agency report becomes readable by its organisation's people
 * once the organisation's results are published (it cites their evidence, which is not public); the final
 * national synthesis becomes public once every result of the round is published. Admins read everything.
 */
export function reportAccess(db: DbOrTx, user: AuthedUser | null, report: ReportRow): ReportAccess {
	const draft = report.status === 'draft';
	if (user?.role === 'committee') return { read: true, edit: draft };
	if (user?.role === 'admin') return { read: true, edit: false };
	if (report.kind === 'agency') {
		if (report.organisationId === null) return { read: false, edit: false };
		if (user?.role === 'assessor' && assigned(db, user.id, report.roundId, report.organisationId)) return { read: true, edit: draft };
		const own = user?.role === 'respondent' && user.organisationId === report.organisationId;
		return { read: own && !draft && published(db, report.roundId, report.organisationId), edit: false };
	}
	return { read: !draft && published(db, report.roundId, null), edit: false };
}

export function canCreateReport(db: DbOrTx, user: AuthedUser, kind: string, roundId: number, organisationId: number | null): boolean {
	if (user.role === 'committee') return true;
	return kind === 'agency' && user.role === 'assessor' && organisationId !== null && assigned(db, user.id, roundId, organisationId);
}

function nextRevision(db: DbOrTx, kind: string, roundId: number, organisationId: number | null): number {
	const where = organisationId === null ? and(eq(reports.kind, kind), eq(reports.roundId, roundId)) : and(eq(reports.kind, kind), eq(reports.roundId, roundId), eq(reports.organisationId, organisationId));
	return (db.select({ n: max(reports.revision) }).from(reports).where(where).get()?.n ?? 0) + 1;
}

async function draftItems(db: Db, kind: string, roundId: number, organisationId: number | null): Promise<DraftItem[]> {
	const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
	const list = db.select().from(assessments).where(organisationId === null ? eq(assessments.roundId, roundId) : and(eq(assessments.roundId, roundId), eq(assessments.organisationId, organisationId))).orderBy(asc(assessments.frameworkId)).all();
	const items: DraftItem[] = [];
	if (kind === 'agency' && organisationId !== null) {
		const org = organisationInRound(db, organisationId, roundDay(round));
		const evidence = reportEvidence(db, roundId, organisationId);
		for (const a of list) {
			const fw = await getFramework(db, a.frameworkId);
			if (!fw) continue;
			const result = cachedResult(db, a.id) ?? computeResult(db, a.id, fw);
			const own = evidence.map((e) => ({ ...e, codes: e.links.filter((l) => l.assessmentId === a.id).map((l) => l.code) })).filter((e) => e.codes.length);
			items.push(...draftAgencyItems({ framework: fw, result, evidence: own, organisation: { vi: org.nameVi, en: org.nameEn ?? org.nameVi } }));
		}
		return leadershipFirst(items);
	}
	for (const fwId of [...new Set(list.map((a) => a.frameworkId))]) {
		const fw = await getFramework(db, fwId);
		if (!fw) continue;
		const results = list.filter((a) => a.frameworkId === fwId).map((a) => cachedResult(db, a.id) ?? computeResult(db, a.id, fw));
		items.push(...draftCrossCutting({ framework: fw, results }));
	}
	return leadershipFirst(items);
}

export async function createReport(db: Db, user: AuthedUser, kind: 'agency' | 'national', roundId: number, organisationId: number | null, at = new Date()): Promise<number> {
	if (kind === 'agency' && organisationId === null) throw new DomainError('error_invalid_value');
	const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get();
	if (!round) throw new DomainError('error_404', '_form', 404);
	if (round.status === 'draft') throw new DomainError('error_report_round_draft', '_form', 409);
	if (organisationId !== null && !db.select().from(roundOrganisations).where(and(eq(roundOrganisations.roundId, roundId), eq(roundOrganisations.organisationId, organisationId))).get())
		throw new DomainError('error_404', '_form', 404);
	if (!canCreateReport(db, user, kind, roundId, organisationId)) throw new DomainError('error_not_allowed', '_form', 403);
	const orgScope = kind === 'national' ? null : organisationId;
	// A new draft continues from the latest report's items (the editors' work); the first is drafted from the data.
	const latest = db
		.select()
		.from(reports)
		.where(orgScope === null ? and(eq(reports.kind, kind), eq(reports.roundId, roundId)) : and(eq(reports.kind, kind), eq(reports.roundId, roundId), eq(reports.organisationId, orgScope)))
		.orderBy(desc(reports.revision))
		.get();
	if (latest?.status === 'draft') throw new DomainError('error_report_draft_exists', '_form', 409, { id: latest.id });
	const drafted = latest ? null : await draftItems(db, kind, roundId, orgScope);
	return db.transaction((tx) => {
		const revision = nextRevision(tx, kind, roundId, orgScope);
		const row = tx.insert(reports).values({ kind, roundId, organisationId: orgScope, status: 'draft', revision, createdBy: user.id, createdAt: at, updatedAt: at }).returning({ id: reports.id }).get();
		if (drafted) {
			drafted.forEach((item, position) =>
				tx.insert(reportItems).values({ reportId: row.id, section: item.section, kind: item.kind, position, textVi: item.textVi, textEn: item.textEn, fields: JSON.stringify(item.fields), origin: 'drafted', sourceRef: item.sourceRef, updatedBy: user.id, updatedAt: at }).run()
			);
		} else if (latest) {
			for (const item of tx.select().from(reportItems).where(eq(reportItems.reportId, latest.id)).orderBy(asc(reportItems.position)).all()) {
				// eslint-disable-next-line @typescript-eslint/no-unused-vars
				const { id, reportId, version, ...rest } = item;
				tx.insert(reportItems).values({ ...rest, reportId: row.id, updatedBy: user.id, updatedAt: at }).run();
			}
		}
		writeAudit(tx, { userId: user.id, entity: 'report', entityId: row.id, action: 'create', organisationId: orgScope, after: { kind, roundId, revision, from: latest?.id ?? null } }, at);
		return row.id;
	});
}

export function getReport(db: DbOrTx, id: number): ReportRow | null {
	return db.select().from(reports).where(eq(reports.id, id)).get() ?? null;
}

/** The model to render: the frozen copy of a final report, or the live draft. */
export async function reportModelOf(db: Db, report: ReportRow): Promise<ReportModel> {
	if (report.status === 'final' && report.frozen) return JSON.parse(report.frozen) as ReportModel;
	return liveReportModel(db, report);
}

export function reportsOfRound(db: DbOrTx, roundId: number) {
	return db.select().from(reports).where(eq(reports.roundId, roundId)).orderBy(asc(reports.kind), asc(reports.organisationId), desc(reports.revision)).all();
}

function editable(db: DbOrTx, user: AuthedUser, reportId: number): ReportRow {
	const report = getReport(db, reportId);
	if (!report) throw new DomainError('error_404', '_form', 404);
	if (!reportAccess(db, user, report).edit) throw new DomainError(report.status === 'final' ? 'error_report_final' : 'error_not_allowed', '_form', 403);
	return report;
}

export interface ItemInput {
	textVi: string | null;
	textEn: string | null;
	fields: Record<string, unknown>;
	baseVersion: number;
}

export async function updateReportItem(db: Db, user: AuthedUser, reportId: number, itemId: number, input: ItemInput, at = new Date()): Promise<void> {
	db.transaction((tx) => {
		const report = editable(tx, user, reportId);
		const item = tx.select().from(reportItems).where(and(eq(reportItems.id, itemId), eq(reportItems.reportId, report.id))).get();
		if (!item) throw new DomainError('error_404', '_form', 404);
		if (item.version !== input.baseVersion) throw new DomainError('error_report_item_conflict', '_form', 409);
		const fields = { ...JSON.parse(item.fields), ...input.fields };
		tx.update(reportItems).set({ textVi: input.textVi, textEn: input.textEn, fields: JSON.stringify(fields), version: item.version + 1, updatedBy: user.id, updatedAt: at }).where(eq(reportItems.id, itemId)).run();
		tx.update(reports).set({ updatedAt: at }).where(eq(reports.id, report.id)).run();
		writeAudit(tx, { userId: user.id, entity: 'report_item', entityId: itemId, action: 'update', organisationId: report.organisationId, before: { textVi: item.textVi, textEn: item.textEn, fields: JSON.parse(item.fields) }, after: { textVi: input.textVi, textEn: input.textEn, fields } }, at);
	});
}

export async function addReportItem(db: Db, user: AuthedUser, reportId: number, input: { section: string; kind: string; textVi: string | null; textEn: string | null; fields: Record<string, unknown> }, at = new Date()): Promise<number> {
	return db.transaction((tx) => {
		const report = editable(tx, user, reportId);
		const last = tx.select({ p: max(reportItems.position) }).from(reportItems).where(eq(reportItems.reportId, report.id)).get()?.p ?? -1;
		const row = tx.insert(reportItems).values({ reportId: report.id, section: input.section, kind: input.kind, position: last + 1, textVi: input.textVi, textEn: input.textEn, fields: JSON.stringify(input.fields), origin: 'added', updatedBy: user.id, updatedAt: at }).returning({ id: reportItems.id }).get();
		writeAudit(tx, { userId: user.id, entity: 'report_item', entityId: row.id, action: 'create', organisationId: report.organisationId, after: input }, at);
		return row.id;
	});
}

export async function removeReportItem(db: Db, user: AuthedUser, reportId: number, itemId: number, at = new Date()): Promise<void> {
	db.transaction((tx) => {
		const report = editable(tx, user, reportId);
		const item = tx.select().from(reportItems).where(and(eq(reportItems.id, itemId), eq(reportItems.reportId, report.id))).get();
		if (!item) throw new DomainError('error_404', '_form', 404);
		tx.delete(reportItems).where(eq(reportItems.id, itemId)).run();
		writeAudit(tx, { userId: user.id, entity: 'report_item', entityId: itemId, action: 'delete', organisationId: report.organisationId, before: { section: item.section, kind: item.kind, textVi: item.textVi, textEn: item.textEn, fields: JSON.parse(item.fields) } }, at);
	});
}

/** Moves an item one place up or down among the items of the same kind (its order in the report). */
export async function moveReportItem(db: Db, user: AuthedUser, reportId: number, itemId: number, direction: 'up' | 'down', at = new Date()): Promise<void> {
	db.transaction((tx) => {
		const report = editable(tx, user, reportId);
		const item = tx.select().from(reportItems).where(and(eq(reportItems.id, itemId), eq(reportItems.reportId, report.id))).get();
		if (!item) throw new DomainError('error_404', '_form', 404);
		const siblings = tx.select().from(reportItems).where(and(eq(reportItems.reportId, report.id), eq(reportItems.kind, item.kind))).orderBy(asc(reportItems.position), asc(reportItems.id)).all();
		const i = siblings.findIndex((s) => s.id === itemId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= siblings.length) return;
		const other = siblings[j];
		tx.update(reportItems).set({ position: other.position, updatedBy: user.id, updatedAt: at }).where(eq(reportItems.id, item.id)).run();
		tx.update(reportItems).set({ position: item.position, updatedBy: user.id, updatedAt: at }).where(eq(reportItems.id, other.id)).run();
		writeAudit(tx, { userId: user.id, entity: 'report_item', entityId: itemId, action: `move_${direction}`, organisationId: report.organisationId, before: { position: item.position }, after: { position: other.position } }, at);
	});
}

/** Freezes a draft as final: the whole rendered model is stored and never recomputed. */
export async function freezeReport(db: Db, user: AuthedUser, reportId: number, at = new Date()): Promise<void> {
	const report = getReport(db, reportId);
	if (!report) throw new DomainError('error_404', '_form', 404);
	const access = reportAccess(db, user, report);
	if (report.status === 'final' && access.read) throw new DomainError('error_report_final', '_form', 409);
	if (!access.edit) throw new DomainError('error_not_allowed', '_form', 403);
	const model = await liveReportModel(db, report, at);
	model.status = 'final';
	db.transaction((tx) => {
		const current = tx.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).get();
		if (current?.status !== 'draft') throw new DomainError('error_report_final', '_form', 409);
		tx.update(reports).set({ status: 'final', frozen: JSON.stringify(model), frozenAt: at, frozenBy: user.id, updatedAt: at }).where(eq(reports.id, reportId)).run();
		writeAudit(tx, { userId: user.id, entity: 'report', entityId: reportId, action: 'freeze', organisationId: report.organisationId, before: { status: 'draft' }, after: { status: 'final', revision: report.revision } }, at);
	});
}

export interface ReportListEntry {
	id: number;
	revision: number;
	status: 'draft' | 'final';
	updatedAt: Date;
	frozenAt: Date | null;
}

export interface RoundReports {
	national: { reports: ReportListEntry[]; canCreate: boolean; openDraft: number | null } | null;
	agencies: { organisationId: number; reports: ReportListEntry[]; canCreate: boolean; openDraft: number | null }[];
}

/**
 * The reports of a round this person may read, per scope, newest first, and where they may start a draft.
 * Organisations listed: all for the committee and admins, the assigned ones for an assessor, their own for a
 * respondent (only once they have something to read).
 */
export function roundReports(db: DbOrTx, user: AuthedUser, roundId: number): RoundReports {
	const all = reportsOfRound(db, roundId);
	const entry = (r: ReportRow): ReportListEntry => ({ id: r.id, revision: r.revision, status: r.status as 'draft' | 'final', updatedAt: r.updatedAt, frozenAt: r.frozenAt });
	const scope = (kind: string, organisationId: number | null) => {
		const rows = all.filter((r) => r.kind === kind && r.organisationId === organisationId).sort((a, b) => b.revision - a.revision);
		const readable = rows.filter((r) => reportAccess(db, user, r).read);
		const canCreate = canCreateReport(db, user, kind, roundId, organisationId);
		return { reports: readable.map(entry), canCreate, openDraft: canCreate ? (rows.find((r) => r.status === 'draft')?.id ?? null) : null };
	};
	const orgIds = db
		.select({ id: roundOrganisations.organisationId })
		.from(roundOrganisations)
		.where(eq(roundOrganisations.roundId, roundId))
		.all()
		.map((r) => r.id)
		.filter((id) => {
			if (user.role === 'committee' || user.role === 'admin') return true;
			if (user.role === 'assessor') return assigned(db, user.id, roundId, id);
			return user.organisationId === id;
		});
	const national = scope('national', null);
	return {
		national: national.reports.length || national.canCreate ? national : null,
		agencies: orgIds.map((id) => ({ organisationId: id, ...scope('agency', id) })).filter((a) => a.reports.length || a.canCreate)
	};
}

/** The items of a draft as its editor shows them, with the version each edit must name. */
export function reportItemRows(db: DbOrTx, reportId: number) {
	return db
		.select()
		.from(reportItems)
		.where(eq(reportItems.reportId, reportId))
		.orderBy(asc(reportItems.position), asc(reportItems.id))
		.all()
		.map((r) => ({ id: r.id, section: r.section, kind: r.kind, position: r.position, textVi: r.textVi, textEn: r.textEn, fields: JSON.parse(r.fields) as Record<string, unknown>, origin: r.origin, version: r.version }));
}
