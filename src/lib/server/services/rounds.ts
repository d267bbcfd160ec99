/**
 * Rounds: a campaign with pinned framework versions, organisations in scope, assessors per organisation,
 * deadlines, mode and blind rating. Opening a round creates one assessment per organisation and framework
 * (and the information-request checklist for open data).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import {
	assessments,
	frameworks,
	informationRequests,
	organisations,
	roundAssessors,
	roundFrameworks,
	roundOrganisations,
	rounds,
	users
} from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { getFramework } from '../repositories/frameworks';
import {
	assessmentsFor,
	countAssessmentsByStatus,
	getRound,
	roundFrameworkIds,
	roundOrganisationsView,
	roundsFor,
	type RoundOrganisationView,
	type RoundRow
} from '../repositories/rounds';
import type { RoundInput } from '$lib/domain/validation/rounds';
import { canManageRounds } from '$lib/domain/access';
import type { Locale } from '$lib/domain/text';
import { DomainError } from './errors';

export type RoundStatus = 'draft' | 'open' | 'closed' | 'published';

function requireManager(user: AuthedUser) {
	if (user.role !== 'admin' && user.role !== 'committee') throw new DomainError('error_not_allowed', '_form', 403);
}

function checkReferences(tx: DbOrTx, input: RoundInput) {
	const fws = tx.select({ id: frameworks.id, kind: frameworks.kind }).from(frameworks).where(inArray(frameworks.id, input.frameworkIds)).all();
	if (fws.length !== new Set(input.frameworkIds).size) throw new DomainError('error_invalid_choice', 'frameworkIds');
	// One version of each framework per round.
	if (new Set(fws.map((f) => f.kind)).size !== fws.length) throw new DomainError('error_round_one_version_per_kind', 'frameworkIds');
	const orgs = tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, input.organisationIds)).all();
	if (orgs.length !== new Set(input.organisationIds).size) throw new DomainError('error_organisation_unknown', 'organisationIds');
}

function writeScope(tx: DbOrTx, roundId: number, input: RoundInput) {
	tx.delete(roundFrameworks).where(eq(roundFrameworks.roundId, roundId)).run();
	tx.delete(roundOrganisations).where(eq(roundOrganisations.roundId, roundId)).run();
	for (const frameworkId of new Set(input.frameworkIds)) tx.insert(roundFrameworks).values({ roundId, frameworkId }).run();
	for (const organisationId of new Set(input.organisationIds)) tx.insert(roundOrganisations).values({ roundId, organisationId }).run();
	// Assessors of organisations no longer in scope lose their assignment.
	const scope = [...new Set(input.organisationIds)];
	for (const a of tx.select().from(roundAssessors).where(eq(roundAssessors.roundId, roundId)).all()) {
		if (!scope.includes(a.organisationId))
			tx.delete(roundAssessors).where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.organisationId, a.organisationId))).run();
	}
}

export async function createRound(db: Db, user: AuthedUser, input: RoundInput, at = new Date()): Promise<number> {
	requireManager(user);
	return db.transaction((tx) => {
		checkReferences(tx, input);
		const row = tx
			.insert(rounds)
			.values({
				nameVi: input.nameVi,
				nameEn: input.nameEn,
				year: input.year,
				mode: input.mode,
				blind: input.blind,
				selfDeadline: input.selfDeadline,
				reviewDeadline: input.reviewDeadline,
				status: 'draft',
				createdBy: user.id,
				createdAt: at,
				updatedAt: at
			})
			.returning({ id: rounds.id })
			.get();
		writeScope(tx, row.id, input);
		writeAudit(tx, { userId: user.id, entity: 'round', entityId: row.id, action: 'create', after: input }, at);
		return row.id;
	});
}

export async function updateRound(db: Db, user: AuthedUser, roundId: number, input: RoundInput, at = new Date()): Promise<void> {
	requireManager(user);
	db.transaction((tx) => {
		const before = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
		if (!before) throw new DomainError('error_404', '_form', 404);
		if (before.status !== 'draft') throw new DomainError('error_round_not_draft', '_form', 409);
		checkReferences(tx, input);
		tx.update(rounds)
			.set({ nameVi: input.nameVi, nameEn: input.nameEn, year: input.year, mode: input.mode, blind: input.blind, selfDeadline: input.selfDeadline, reviewDeadline: input.reviewDeadline, updatedAt: at })
			.where(eq(rounds.id, roundId))
			.run();
		writeScope(tx, roundId, input);
		writeAudit(tx, { userId: user.id, entity: 'round', entityId: roundId, action: 'update', before, after: input }, at);
	});
}

/** Deadlines can move at any stage (a day in Vietnam; the deadline is the end of that day). */
export async function setDeadlines(db: Db, user: AuthedUser, roundId: number, d: { selfDeadline: string | null; reviewDeadline: string | null }, at = new Date()): Promise<void> {
	requireManager(user);
	db.transaction((tx) => {
		const before = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
		if (!before) throw new DomainError('error_404', '_form', 404);
		tx.update(rounds).set({ ...d, updatedAt: at }).where(eq(rounds.id, roundId)).run();
		writeAudit(tx, { userId: user.id, entity: 'round', entityId: roundId, action: 'deadlines', before: { selfDeadline: before.selfDeadline, reviewDeadline: before.reviewDeadline }, after: d }, at);
	});
}

/** Replaces the assessors assigned to one organisation in a round. */
export async function setAssessors(db: Db, user: AuthedUser, roundId: number, organisationId: number, userIds: number[], at = new Date()): Promise<void> {
	requireManager(user);
	db.transaction((tx) => {
		const round = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
		if (!round) throw new DomainError('error_404', '_form', 404);
		if (round.status === 'published') throw new DomainError('error_round_published', '_form', 409);
		const inScope = tx.select().from(roundOrganisations).where(and(eq(roundOrganisations.roundId, roundId), eq(roundOrganisations.organisationId, organisationId))).get();
		if (!inScope) throw new DomainError('error_organisation_unknown', 'organisationId', 400);
		const ids = [...new Set(userIds)];
		if (ids.length) {
			const assessors = tx.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.role, 'assessor'), eq(users.disabled, false))).all();
			if (assessors.length !== ids.length) throw new DomainError('error_assessor_unknown', 'assessorIds');
		}
		const before = tx.select({ userId: roundAssessors.userId }).from(roundAssessors).where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.organisationId, organisationId))).all().map((r) => r.userId);
		tx.delete(roundAssessors).where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.organisationId, organisationId))).run();
		for (const userId of ids) tx.insert(roundAssessors).values({ roundId, organisationId, userId }).run();
		writeAudit(tx, { userId: user.id, entity: 'round_assessors', entityId: `${roundId}:${organisationId}`, action: 'assign', organisationId, before: before.sort(), after: ids.sort() }, at);
	});
}

const roundTransitions: Record<string, { from: RoundStatus; to: RoundStatus }> = {
	open: { from: 'draft', to: 'open' },
	close: { from: 'open', to: 'closed' },
	reopen: { from: 'closed', to: 'open' },
	publish: { from: 'closed', to: 'published' }
};

export async function changeRoundStatus(db: Db, user: AuthedUser, roundId: number, action: string, at = new Date()): Promise<RoundStatus> {
	requireManager(user);
	const t = roundTransitions[action];
	if (!t) throw new DomainError('error_invalid_value');
	const fwIds = db.select({ id: roundFrameworks.frameworkId }).from(roundFrameworks).where(eq(roundFrameworks.roundId, roundId)).all().map((r) => r.id);
	const fws = await Promise.all(fwIds.map((id) => getFramework(db, id)));
	return db.transaction((tx) => {
		const round = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
		if (!round) throw new DomainError('error_404', '_form', 404);
		if (round.status !== t.from) throw new DomainError('error_transition_wrong_state', '_form', 409);
		if (action === 'open') {
			const orgIds = tx.select({ id: roundOrganisations.organisationId }).from(roundOrganisations).where(eq(roundOrganisations.roundId, roundId)).all().map((r) => r.id);
			if (!orgIds.length) throw new DomainError('error_round_needs_organisation', 'organisationIds');
			if (!fws.length) throw new DomainError('error_round_needs_framework', 'frameworkIds');
			for (const organisationId of orgIds) {
				for (const fw of fws) {
					if (!fw) continue;
					tx.insert(assessments).values({ roundId, organisationId, frameworkId: fw.id, status: 'not_started', createdAt: at, updatedAt: at }).onConflictDoNothing().run();
					if (fw.kind === 'od') {
						for (const item of fw.informationRequests) {
							tx.insert(informationRequests).values({ roundId, organisationId, itemCode: item.code, status: 'requested', updatedAt: at }).onConflictDoNothing().run();
						}
					}
				}
			}
		}
		if (action === 'publish') {
			const unpublished = tx.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.roundId, roundId))).all().length -
				tx.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.roundId, roundId), eq(assessments.status, 'published'))).all().length;
			if (unpublished > 0) throw new DomainError('error_round_publish_unpublished', '_form', 422, { count: unpublished });
		}
		tx.update(rounds).set({ status: t.to, updatedAt: at }).where(eq(rounds.id, roundId)).run();
		writeAudit(tx, { userId: user.id, entity: 'round', entityId: roundId, action, before: { status: round.status }, after: { status: t.to } }, at);
		return t.to;
	});
}

/** The round transitions available from a status, in the order the screen offers them. */
export function roundTransitionsFrom(status: string): string[] {
	return Object.entries(roundTransitions)
		.filter(([, t]) => t.from === status)
		.map(([action]) => action);
}

export const roundTransitionActions = Object.keys(roundTransitions) as readonly string[];

/** A round's name in the reader's language (the Vietnamese name when there is no English one). */
export function roundName(round: Pick<RoundRow, 'nameVi' | 'nameEn'>, locale: Locale): string {
	return locale === 'en' && round.nameEn ? round.nameEn : round.nameVi;
}

export interface RoundListItem {
	id: number;
	name: string;
	year: number;
	mode: string;
	blind: boolean;
	status: string;
	selfDeadline: string | null;
	reviewDeadline: string | null;
	/** Assessments by status, counting only those the person may see. */
	counts: Record<string, number>;
}

/**
 * The rounds a person may see, newest first. Committee reviewers and administrators count every
 * assessment; respondents and assessors only those of the organisations they work on, since the others'
 * progress is not theirs to see.
 */
export async function roundList(db: Db, user: AuthedUser, locale: Locale): Promise<RoundListItem[]> {
	const manager = canManageRounds(user);
	const own = manager ? [] : assessmentsFor(db, user, locale);
	return roundsFor(db, user).map((r) => {
		let counts: Record<string, number>;
		if (manager) counts = countAssessmentsByStatus(db, r.id);
		else {
			counts = {};
			for (const a of own) if (a.roundId === r.id) counts[a.status] = (counts[a.status] ?? 0) + 1;
		}
		return {
			id: r.id,
			name: roundName(r, locale),
			year: r.year,
			mode: r.mode,
			blind: r.blind,
			status: r.status,
			selfDeadline: r.selfDeadline,
			reviewDeadline: r.reviewDeadline,
			counts
		};
	});
}

export interface RoundOverview {
	round: RoundRow;
	name: string;
	/** The pinned framework versions, with their kind. */
	frameworks: { id: string; kind: string; version: string }[];
	/** Organisations the person may see in this round (respondents: their own; assessors: their assignments). */
	organisations: RoundOrganisationView[];
	/** The person manages rounds (committee or administrator). */
	manage: boolean;
	/** Status changes the person may ask for now. */
	transitions: string[];
}

/**
 * A round as one person may see it, or null when they may not see it at all: committee reviewers and
 * administrators see every round; respondents a round their organisation is in, assessors a round where
 * they are assigned — never while it is a draft.
 */
export async function roundOverview(db: Db, user: AuthedUser, roundId: number, locale: Locale): Promise<RoundOverview | null> {
	if (!Number.isSafeInteger(roundId) || roundId <= 0) return null;
	const round = getRound(db, roundId);
	if (!round) return null;
	const manage = canManageRounds(user);
	if (!manage && !roundsFor(db, user).some((r) => r.id === roundId)) return null;
	const organisations = roundOrganisationsView(db, round, locale).filter((o) =>
		manage ? true : user.role === 'assessor' ? o.assessors.some((a) => a.id === user.id) : o.id === user.organisationId
	);
	const ids = roundFrameworkIds(db, roundId);
	const fws = ids.length ? db.select({ id: frameworks.id, kind: frameworks.kind, version: frameworks.version }).from(frameworks).where(inArray(frameworks.id, ids)).all() : [];
	return {
		round,
		name: roundName(round, locale),
		frameworks: fws.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),
		organisations,
		manage,
		transitions: manage ? roundTransitionsFrom(round.status) : []
	};
}
