/**
 * What the fieldwork screens (interviews, information requests, dataset fact sheets) need around the
 * services that change things: the round with its frameworks, organisation names as the round knew them,
 * choices for the forms, and who may open which page. Changes go through interviews.ts,
 * information-requests.ts, fact-sheets.ts and evidence.ts, which check permissions again.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import type { DbOrTx } from '../audit';
import { assessments, evidence, evidenceLinks, interviews, roundOrganisations, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { getFramework } from '../repositories/frameworks';
import { getRound, roundFrameworkIds, type RoundRow } from '../repositories/rounds';
import { loadAssessmentContextSync, organisationInRound, roundDay } from '../repositories/assessments';
import { factsOf, toActor } from './assessment-access';
import { interviewableOrganisations, interviewsOf, type InterviewView } from './interviews';
import { canManageRequests, informationRequestsOf } from './information-requests';
import { factSheetsOf } from './fact-sheets';
import { assessmentPermissions, type AssessmentPermissions } from '$lib/domain/access';
import { appliesToKind, findQuestion, isOd, tr, type AnySection } from '$lib/domain/frameworks/model';
import type { Framework, OdFramework } from '$lib/domain/frameworks/schema';
import { displayName } from '$lib/domain/organisations';
import { compareNames, type Locale } from '$lib/domain/text';

/** The method wants at least two members of the assessment team at every interview. */
export const MIN_TEAM_MEMBERS = 2;
export const understaffed = (teamMemberIds: readonly unknown[]) => teamMemberIds.length < MIN_TEAM_MEMBERS;

export interface FieldworkRound {
	round: RoundRow;
	/** The round's name in the reader's language. */
	name: string;
	/** The pinned framework versions, DG before OD. */
	frameworks: Framework[];
}

/** A round people work in; null when it does not exist or is still a draft (nobody works in a draft). */
export async function fieldworkRound(db: Db, roundId: number, locale: Locale): Promise<FieldworkRound | null> {
	const round = getRound(db, roundId);
	if (!round || round.status === 'draft') return null;
	const frameworks: Framework[] = [];
	for (const id of roundFrameworkIds(db, roundId)) {
		const fw = await getFramework(db, id);
		if (fw) frameworks.push(fw);
	}
	frameworks.sort((a, b) => a.kind.localeCompare(b.kind));
	return { round, name: locale === 'en' && round.nameEn ? round.nameEn : round.nameVi, frameworks };
}

export function odFrameworkOf(fr: FieldworkRound): OdFramework | null {
	return (fr.frameworks.find(isOd) as OdFramework | undefined) ?? null;
}

export interface SectionOption {
	code: string;
	title: string;
	kind: 'dg' | 'od';
}

/** Pillars and dimensions of the round's frameworks, as choices for "covered by the interview". */
export function sectionOptions(fr: FieldworkRound, locale: Locale): SectionOption[] {
	return fr.frameworks.flatMap((fw) => (fw.sections as AnySection[]).map((s) => ({ code: s.code, title: tr(s.title, locale), kind: fw.kind })));
}

export function inRound(tx: DbOrTx, roundId: number, organisationId: number): boolean {
	return !!tx
		.select()
		.from(roundOrganisations)
		.where(and(eq(roundOrganisations.roundId, roundId), eq(roundOrganisations.organisationId, organisationId)))
		.get();
}

/** Organisation names as the round knew them (a province merged since keeps its name of the time). */
export function organisationNames(tx: DbOrTx, round: RoundRow, ids: readonly number[], locale: Locale): Map<number, string> {
	const day = roundDay(round);
	return new Map([...new Set(ids)].map((id) => [id, displayName(organisationInRound(tx, id, day), locale)]));
}

function namedOptions(tx: DbOrTx, round: RoundRow, ids: readonly number[], locale: Locale) {
	const names = organisationNames(tx, round, ids, locale);
	return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => compareNames(a.name, b.name, locale));
}

// ---------------------------------------------------------------- interviews

/** Interview pages are for the committee and for assessors assigned to at least one organisation of the round. */
export function mayOpenInterviews(tx: DbOrTx, user: AuthedUser, roundId: number): boolean {
	if (user.role === 'committee') return true;
	return user.role === 'assessor' && interviewableOrganisations(tx, user, roundId).length > 0;
}

export interface InterviewListItem {
	id: number;
	date: string;
	organisations: string[];
	stakeholderCategory: string;
	intervieweeRoles: string;
	affiliation: string;
	teamMembers: string[];
	understaffed: boolean;
	sections: SectionOption[];
}

/**
 * The round's interviews this person may read, newest first, optionally only those informing one
 * organisation (notes left out: the list does not show them).
 */
export function interviewList(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, locale: Locale, organisationId?: number): InterviewListItem[] {
	const list = interviewsOf(tx, user, fr.round.id, organisationId);
	const names = organisationNames(tx, fr.round, list.flatMap((i) => i.organisationIds), locale);
	const sections = new Map(sectionOptions(fr, locale).map((s) => [s.code, s]));
	return list.map((i) => ({
		id: i.id,
		date: i.date,
		organisations: i.organisationIds.map((id) => names.get(id) ?? '—').sort((a, b) => compareNames(a, b, locale)),
		stakeholderCategory: i.stakeholderCategory,
		intervieweeRoles: i.intervieweeRoles,
		affiliation: i.affiliation,
		teamMembers: i.teamMembers,
		understaffed: understaffed(i.teamMemberIds),
		sections: i.sections.map((code) => sections.get(code) ?? { code, title: code, kind: code.startsWith('DG') ? 'dg' : 'od' })
	}));
}

/** One interview of the round for this person: the record, or why not. */
export function interviewFor(tx: DbOrTx, user: AuthedUser, roundId: number, interviewId: number): InterviewView | 'not_found' | 'forbidden' {
	const row = tx.select({ roundId: interviews.roundId }).from(interviews).where(eq(interviews.id, interviewId)).get();
	if (!row || row.roundId !== roundId) return 'not_found';
	return interviewsOf(tx, user, roundId).find((i) => i.id === interviewId) ?? 'forbidden';
}

/** Organisations of the round this person may record interviews for, by name. */
export function recordableOrganisations(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, locale: Locale): { id: number; name: string }[] {
	return namedOptions(tx, fr.round, interviewableOrganisations(tx, user, fr.round.id), locale);
}

export interface InterviewFormOptions {
	/** Organisations this person may record for. */
	organisations: { id: number; name: string }[];
	/** Organisations the interview also informs that this person may not change (kept as they are). */
	keptOrganisations: { id: number; name: string }[];
	/** Active assessors and committee members (and anyone already recorded as present). */
	teamMembers: { id: number; name: string; role: string }[];
	sections: SectionOption[];
}

export function interviewFormOptions(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, locale: Locale, current?: InterviewView): InterviewFormOptions {
	const allowed = interviewableOrganisations(tx, user, fr.round.id);
	const present = new Set(current?.teamMemberIds ?? []);
	const team = tx
		.select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
		.from(users)
		.where(inArray(users.role, ['assessor', 'committee']))
		.all()
		.filter((u) => !u.disabled || present.has(u.id))
		.map(({ id, name, role }) => ({ id, name, role }))
		.sort((a, b) => compareNames(a.name, b.name, locale));
	return {
		organisations: recordableOrganisations(tx, user, fr, locale),
		keptOrganisations: namedOptions(tx, fr.round, (current?.organisationIds ?? []).filter((id) => !allowed.includes(id)), locale),
		teamMembers: team,
		sections: sectionOptions(fr, locale)
	};
}

function permissionsOn(tx: DbOrTx, user: AuthedUser, fw: Framework, assessmentId: number): { orgKind: string; permissions: AssessmentPermissions } | null {
	const ctx = loadAssessmentContextSync(tx, assessmentId, () => fw);
	if (!ctx) return null;
	return { orgKind: ctx.organisation.kind, permissions: assessmentPermissions(toActor(user), factsOf(ctx, user)) };
}

function assessmentsOf(tx: DbOrTx, roundId: number, organisationId: number) {
	return tx
		.select({ id: assessments.id, frameworkId: assessments.frameworkId, status: assessments.status })
		.from(assessments)
		.where(and(eq(assessments.roundId, roundId), eq(assessments.organisationId, organisationId)))
		.all();
}

export interface CitationTarget {
	organisationId: number;
	organisation: string;
	assessments: {
		assessmentId: number;
		kind: string;
		sections: { code: string; title: string; covered: boolean; questions: { code: string; label: string }[] }[];
	}[];
}

/**
 * Where this person may cite the interview: per organisation it informs, the questions of the assessments
 * they may add evidence to (national questions are answered once per round and take no evidence here).
 */
export function citationTargets(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, interview: InterviewView, locale: Locale): CitationTarget[] {
	const names = organisationNames(tx, fr.round, interview.organisationIds, locale);
	const fws = new Map(fr.frameworks.map((f) => [f.id, f]));
	const targets: CitationTarget[] = [];
	for (const organisationId of interview.organisationIds) {
		const list: CitationTarget['assessments'] = [];
		for (const a of assessmentsOf(tx, fr.round.id, organisationId)) {
			const fw = fws.get(a.frameworkId);
			const access = fw && permissionsOn(tx, user, fw, a.id);
			if (!fw || !access?.permissions.addEvidence) continue;
			const sections = (fw.sections as AnySection[])
				.map((s) => ({
					code: s.code,
					title: tr(s.title, locale),
					covered: interview.sections.includes(s.code),
					questions: s.questions.filter((q) => q.scope !== 'national' && appliesToKind(q, access.orgKind)).map((q) => ({ code: q.code, label: tr(q.label, locale) }))
				}))
				.filter((s) => s.questions.length > 0);
			list.push({ assessmentId: a.id, kind: fw.kind, sections });
		}
		if (list.length) targets.push({ organisationId, organisation: names.get(organisationId) ?? '—', assessments: list.sort((x, y) => x.kind.localeCompare(y.kind)) });
	}
	return targets.sort((a, b) => compareNames(a.organisation, b.organisation, locale));
}

export interface Citation {
	evidenceId: number;
	organisation: string;
	polarity: string;
	description: string | null;
	createdBy: string;
	createdAt: Date;
	questions: { code: string; label: string }[];
}

/** Where the interview is already cited, for the organisations this person may see it for. */
export function interviewCitations(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, interviewId: number, locale: Locale): Citation[] {
	const visible = user.role === 'committee' ? null : new Set(interviewableOrganisations(tx, user, fr.round.id));
	const rows = tx
		.select({ e: evidence, creator: users.name })
		.from(evidence)
		.leftJoin(users, eq(users.id, evidence.createdBy))
		.where(and(eq(evidence.interviewId, interviewId), eq(evidence.kind, 'interview'), eq(evidence.roundId, fr.round.id)))
		.all()
		.filter((r) => !visible || visible.has(r.e.organisationId));
	if (!rows.length) return [];
	const names = organisationNames(tx, fr.round, rows.map((r) => r.e.organisationId), locale);
	const links = tx.select().from(evidenceLinks).where(inArray(evidenceLinks.evidenceId, rows.map((r) => r.e.id))).all();
	const frameworkOf = new Map(
		tx.select({ id: assessments.id, frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.roundId, fr.round.id)).all().map((a) => [a.id, a.frameworkId])
	);
	const labelOf = (assessmentId: number, code: string) => {
		const fw = fr.frameworks.find((f) => f.id === frameworkOf.get(assessmentId));
		const q = fw && findQuestion(fw, code);
		return q ? tr(q.label, locale) : code;
	};
	return rows
		.map((r) => ({
			evidenceId: r.e.id,
			organisation: names.get(r.e.organisationId) ?? '—',
			polarity: r.e.polarity,
			description: r.e.description,
			createdBy: r.creator ?? '—',
			createdAt: r.e.createdAt,
			questions: links
				.filter((l) => l.evidenceId === r.e.id)
				.map((l) => ({ code: l.questionCode, label: labelOf(l.assessmentId, l.questionCode) }))
				.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
		}))
		.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.evidenceId - a.evidenceId);
}

// ---------------------------------------------------------------- information requests

/** `manage`: the assigned assessors and the committee; `read`: the organisation's respondents. */
export function requestsAccess(tx: DbOrTx, user: AuthedUser, roundId: number, organisationId: number): 'manage' | 'read' | null {
	if (canManageRequests(tx, user, roundId, organisationId)) return 'manage';
	return user.role === 'respondent' && user.organisationId === organisationId ? 'read' : null;
}

export interface RequestItem {
	code: string;
	text: string;
	dimension: { code: string; title: string; shortTitle: string };
	/** False when the checklist row is missing (the organisation joined after the round opened). */
	tracked: boolean;
	status: string;
	note: string | null;
	evidenceId: number | null;
	evidenceTitle: string | null;
	version: number;
	updatedAt: Date | null;
}

export interface RequestChecklist {
	items: RequestItem[];
	counts: Record<'requested' | 'received' | 'missing', number>;
	/** The organisation's documents in the round, to link a received item to (managers only). */
	documents: { id: number; title: string }[];
}

/**
 * The OD framework's pre-fieldwork checklist for one organisation. Respondents see the title of a linked
 * document only when their own organisation added it: documents from the assessors stay with them.
 */
export function requestChecklist(tx: DbOrTx, fr: FieldworkRound, od: OdFramework, organisationId: number, access: 'manage' | 'read', locale: Locale): RequestChecklist {
	const rows = new Map(informationRequestsOf(tx, fr.round.id, organisationId).map((r) => [r.itemCode, r]));
	const docs = tx
		.select({ id: evidence.id, title: evidence.title, creatorRole: users.role })
		.from(evidence)
		.leftJoin(users, eq(users.id, evidence.createdBy))
		.where(and(eq(evidence.roundId, fr.round.id), eq(evidence.organisationId, organisationId), eq(evidence.kind, 'document')))
		.all()
		.filter((d) => access === 'manage' || d.creatorRole === 'respondent')
		.sort((a, b) => compareNames(a.title, b.title, locale));
	const titles = new Map(docs.map((d) => [d.id, d.title]));
	const dimensions = new Map(od.sections.map((s) => [s.code, { code: s.code, title: tr(s.title, locale), shortTitle: tr(s.shortTitle, locale) }]));
	const items = od.informationRequests.map((item): RequestItem => {
		const row = rows.get(item.code);
		return {
			code: item.code,
			text: tr(item.text, locale),
			dimension: dimensions.get(item.dimension) ?? { code: item.dimension, title: item.dimension, shortTitle: item.dimension },
			tracked: !!row,
			status: row?.status ?? 'requested',
			note: row?.note ?? null,
			evidenceId: row?.evidenceId ?? null,
			evidenceTitle: row?.evidenceId ? (titles.get(row.evidenceId) ?? null) : null,
			version: row?.version ?? 0,
			updatedAt: row?.updatedAt ?? null
		};
	});
	const counts = { requested: 0, received: 0, missing: 0 };
	for (const i of items) if (i.status in counts) counts[i.status as keyof typeof counts]++;
	return { items, counts, documents: access === 'manage' ? docs.map(({ id, title }) => ({ id, title })) : [] };
}

// ---------------------------------------------------------------- dataset fact sheets

export interface FactSheetAccess {
	/** May read the organisation's fact sheets in the round. */
	read: boolean;
	/** May add and change them: whoever may add evidence to one of the organisation's assessments. */
	edit: boolean;
	/** One of the organisation's assessments is published. */
	published: boolean;
}

export function factSheetAccess(tx: DbOrTx, user: AuthedUser, fr: FieldworkRound, organisationId: number): FactSheetAccess {
	const access: FactSheetAccess = { read: false, edit: false, published: false };
	const fws = new Map(fr.frameworks.map((f) => [f.id, f]));
	for (const a of assessmentsOf(tx, fr.round.id, organisationId)) {
		const fw = fws.get(a.frameworkId);
		const on = fw && permissionsOn(tx, user, fw, a.id);
		if (!on) continue;
		access.read ||= on.permissions.readSelf;
		access.edit ||= on.permissions.addEvidence;
		access.published ||= a.status === 'published';
	}
	return access;
}

export type FactSheetView = ReturnType<typeof factSheetsOf>[number] & { createdByName: string };

/**
 * The fact sheets this person may read. Like other evidence, respondents see what the assessors wrote only
 * once the organisation's results are published.
 */
export function visibleFactSheets(tx: DbOrTx, user: AuthedUser, roundId: number, organisationId: number, access: FactSheetAccess, locale: Locale): FactSheetView[] {
	if (!access.read) return [];
	const people = new Map(tx.select({ id: users.id, name: users.name, role: users.role }).from(users).all().map((u) => [u.id, u]));
	return factSheetsOf(tx, roundId, organisationId)
		.filter((f) => user.role !== 'respondent' || access.published || (f.createdBy !== null && people.get(f.createdBy)?.role === 'respondent'))
		.map((f) => ({ ...f, createdByName: (f.createdBy !== null && people.get(f.createdBy)?.name) || '—' }))
		.sort((a, b) => compareNames(a.title, b.title, locale));
}
