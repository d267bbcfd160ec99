/** Rounds and their scope, as lists for the screens. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../audit';
import { preparedQuery } from '../db/prepared';
import { assessments, roundAssessors, roundFrameworks, roundOrganisations, rounds, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { organisationInRound, roundDay } from './assessments';
import { compareNames, type Locale } from '$lib/domain/text';
import { displayName } from '$lib/domain/organisations';

export type RoundRow = typeof rounds.$inferSelect;

/** Rounds this person may see: all for the committee and administrators; others where they take part. */
export function roundsFor(db: DbOrTx, user: AuthedUser): RoundRow[] {
	let rows: RoundRow[];
	if (user.role === 'admin' || user.role === 'committee') rows = db.select().from(rounds).all();
	else if (user.role === 'assessor') {
		const ids = db.select({ id: roundAssessors.roundId }).from(roundAssessors).where(eq(roundAssessors.userId, user.id)).all().map((r) => r.id);
		rows = ids.length ? db.select().from(rounds).where(inArray(rounds.id, ids)).all() : [];
	} else if (user.organisationId) {
		const ids = db.select({ id: roundOrganisations.roundId }).from(roundOrganisations).where(eq(roundOrganisations.organisationId, user.organisationId)).all().map((r) => r.id);
		rows = ids.length ? db.select().from(rounds).where(inArray(rounds.id, ids)).all() : [];
	} else rows = [];
	return rows.filter((r) => r.status !== 'draft' || user.role === 'admin' || user.role === 'committee').sort((a, b) => b.year - a.year || b.id - a.id);
}

const roundById = preparedQuery((db) => db.select().from(rounds).where(eq(rounds.id, sql.placeholder('id'))).prepare());
const frameworksOfRound = preparedQuery((db) => db.select({ id: roundFrameworks.frameworkId }).from(roundFrameworks).where(eq(roundFrameworks.roundId, sql.placeholder('id'))).prepare());

export function getRound(db: DbOrTx, id: number): RoundRow | null {
	return roundById(db).get({ id }) ?? null;
}

export function roundFrameworkIds(db: DbOrTx, roundId: number): string[] {
	return frameworksOfRound(db)
		.all({ id: roundId })
		.map((r) => r.id)
		.sort();
}

export function roundOrganisationIds(db: DbOrTx, roundId: number): number[] {
	return db.select({ id: roundOrganisations.organisationId }).from(roundOrganisations).where(eq(roundOrganisations.roundId, roundId)).all().map((r) => r.id).sort((a, b) => a - b);
}

export interface RoundOrganisationView {
	id: number;
	name: string;
	kind: string;
	region: string | null;
	assessors: { id: number; name: string }[];
	assessments: { id: number; frameworkId: string; status: string }[];
}

/** Organisations in a round with their assessors and assessments, in Vietnamese alphabetical order. */
export function roundOrganisationsView(db: DbOrTx, round: RoundRow, locale: Locale): RoundOrganisationView[] {
	const orgIds = db.select({ id: roundOrganisations.organisationId }).from(roundOrganisations).where(eq(roundOrganisations.roundId, round.id)).all().map((r) => r.id);
	const assessorRows = db
		.select({ organisationId: roundAssessors.organisationId, id: users.id, name: users.name })
		.from(roundAssessors)
		.innerJoin(users, eq(users.id, roundAssessors.userId))
		.where(eq(roundAssessors.roundId, round.id))
		.all();
	const assessmentRows = db.select({ id: assessments.id, organisationId: assessments.organisationId, frameworkId: assessments.frameworkId, status: assessments.status }).from(assessments).where(eq(assessments.roundId, round.id)).all();
	const day = roundDay(round);
	return orgIds
		.map((id) => {
			const org = organisationInRound(db, id, day);
			return {
				id,
				name: displayName(org, locale),
				kind: org.kind,
				region: org.region,
				assessors: assessorRows.filter((a) => a.organisationId === id).map(({ id, name }) => ({ id, name })),
				assessments: assessmentRows.filter((a) => a.organisationId === id).map(({ id, frameworkId, status }) => ({ id, frameworkId, status })).sort((a, b) => a.frameworkId.localeCompare(b.frameworkId))
			};
		})
		.sort((a, b) => compareNames(a.name, b.name, locale));
}

export interface AssessmentListItem {
	id: number;
	roundId: number;
	roundName: string;
	year: number;
	organisationId: number;
	organisation: string;
	frameworkId: string;
	status: string;
	selfDeadline: string | null;
	reviewDeadline: string | null;
	roundStatus: string;
}

/** Assessments this person works on: their organisation's (respondent), their assignments (assessor), all (committee). */
export function assessmentsFor(db: DbOrTx, user: AuthedUser, locale: Locale): AssessmentListItem[] {
	const base = db
		.select({ a: assessments, r: rounds })
		.from(assessments)
		.innerJoin(rounds, eq(rounds.id, assessments.roundId));
	let rows;
	if (user.role === 'respondent') {
		if (!user.organisationId) return [];
		rows = base.where(eq(assessments.organisationId, user.organisationId)).all();
	} else if (user.role === 'assessor') {
		rows = base
			.innerJoin(roundAssessors, and(eq(roundAssessors.roundId, assessments.roundId), eq(roundAssessors.organisationId, assessments.organisationId)))
			.where(eq(roundAssessors.userId, user.id))
			.all();
	} else rows = base.all();
	return rows
		.filter(({ r }) => r.status !== 'draft')
		.map(({ a, r }) => {
			const org = organisationInRound(db, a.organisationId, roundDay(r));
			return {
				id: a.id,
				roundId: r.id,
				roundName: locale === 'en' && r.nameEn ? r.nameEn : r.nameVi,
				year: r.year,
				organisationId: a.organisationId,
				organisation: displayName(org, locale),
				frameworkId: a.frameworkId,
				status: a.status,
				selfDeadline: r.selfDeadline,
				reviewDeadline: r.reviewDeadline,
				roundStatus: r.status
			};
		})
		.sort((x, y) => y.year - x.year || compareNames(x.organisation, y.organisation, locale) || x.frameworkId.localeCompare(y.frameworkId));
}

export function countAssessmentsByStatus(db: DbOrTx, roundId: number): Record<string, number> {
	const rows = db
		.select({ status: assessments.status, n: sql<number>`count(*)` })
		.from(assessments)
		.where(eq(assessments.roundId, roundId))
		.groupBy(assessments.status)
		.all();
	return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
