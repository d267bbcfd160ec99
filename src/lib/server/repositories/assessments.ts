/**
 * Assessments with what every screen needs around them: the round, the organisation as it was named in the
 * round, the pinned framework version.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db } from '../db';
import type { DbOrTx } from '../audit';
import { assessments, answers, organisationNames, organisations, roundAssessors, rounds } from '../db/schema';
import type { Framework } from '$lib/domain/frameworks/schema';
import type { AssessmentStatus } from '$lib/domain/access';
import { displayName, nameOn, type DatedName } from '$lib/domain/organisations';
import type { Locale } from '$lib/domain/text';
import { getFramework } from './frameworks';

export type RoundRow = typeof rounds.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;

export interface OrganisationInRound {
	id: number;
	code: string;
	region: string | null;
	nameVi: string;
	nameEn: string | null;
	kind: string;
}

/** The day a round's organisation names are read at: the end of its year, or today for the current year. */
export function roundDay(round: Pick<RoundRow, 'year'>): string {
	return `${round.year}-12-31`;
}

const organisationById = preparedQuery((db) => db.select().from(organisations).where(eq(organisations.id, sql.placeholder('id'))).prepare());
const namesOfOrganisation = preparedQuery((db) => db.select().from(organisationNames).where(eq(organisationNames.organisationId, sql.placeholder('id'))).prepare());

export function organisationInRound(db: DbOrTx, organisationId: number, day: string): OrganisationInRound {
	const org = organisationById(db).get({ id: organisationId });
	if (!org) throw new Error(`organisation ${organisationId} not found`);
	const names = namesOfOrganisation(db).all({ id: organisationId });
	// A unit closed before the day keeps its last name; one created after it, its first.
	const name = nameOn(names as DatedName[], org.validTo && org.validTo < day ? org.validTo : day);
	return { id: org.id, code: org.code, region: org.region, nameVi: name.nameVi, nameEn: name.nameEn, kind: name.kind };
}

export function organisationLabel(org: Pick<OrganisationInRound, 'nameVi' | 'nameEn'>, locale: Locale): string {
	return displayName(org, locale);
}

export interface AssessmentContext {
	assessment: AssessmentRow;
	round: RoundRow;
	organisation: OrganisationInRound;
	framework: Framework;
	/** Assessor user ids assigned to this organisation in this round. */
	assessorIds: number[];
}

const assessmentById = preparedQuery((db) => db.select().from(assessments).where(eq(assessments.id, sql.placeholder('id'))).prepare());
const roundById = preparedQuery((db) => db.select().from(rounds).where(eq(rounds.id, sql.placeholder('id'))).prepare());
const assessorsOf = preparedQuery((db) =>
	db
		.select({ userId: roundAssessors.userId })
		.from(roundAssessors)
		.where(and(eq(roundAssessors.roundId, sql.placeholder('round')), eq(roundAssessors.organisationId, sql.placeholder('organisation'))))
		.prepare()
);
const frameworkOfAssessment = preparedQuery((db) => db.select({ frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.id, sql.placeholder('id'))).prepare());

export function loadAssessmentContextSync(db: DbOrTx, id: number, frameworkOf: (id: string) => Framework): AssessmentContext | null {
	const assessment = assessmentById(db).get({ id });
	if (!assessment) return null;
	const round = roundById(db).get({ id: assessment.roundId })!;
	const assessorIds = assessorsOf(db)
		.all({ round: round.id, organisation: assessment.organisationId })
		.map((r) => r.userId);
	return {
		assessment,
		round,
		organisation: organisationInRound(db, assessment.organisationId, roundDay(round)),
		framework: frameworkOf(assessment.frameworkId),
		assessorIds
	};
}

export async function getAssessmentContext(db: Db, id: number): Promise<AssessmentContext | null> {
	const assessment = frameworkOfAssessment(db).get({ id });
	if (!assessment) return null;
	const fw = await getFramework(db, assessment.frameworkId);
	if (!fw) throw new Error(`framework ${assessment.frameworkId} missing`);
	return loadAssessmentContextSync(db, id, () => fw);
}

export interface AnswerRow {
	questionCode: string;
	source: string;
	rating: string | null;
	naReason: string | null;
	comment: string | null;
	carriedOver: boolean;
	version: number;
	updatedBy: number | null;
	updatedAt: Date;
}

const answersOfAssessment = preparedQuery((db) =>
	db
		.select({
			questionCode: answers.questionCode,
			source: answers.source,
			rating: answers.rating,
			naReason: answers.naReason,
			comment: answers.comment,
			carriedOver: answers.carriedOver,
			version: answers.version,
			updatedBy: answers.updatedBy,
			updatedAt: answers.updatedAt
		})
		.from(answers)
		.where(and(eq(answers.assessmentId, sql.placeholder('id')), inArray(answers.source, [sql.placeholder('a'), sql.placeholder('b'), sql.placeholder('c')])))
		.prepare()
);

const allSources = ['self', 'assessor', 'final'];

/** The answers of an assessment, of the given sources only (all three when none are given). */
export function answersOf(db: DbOrTx, assessmentId: number, sources: string[] = allSources): AnswerRow[] {
	const [a, b = a, c = a] = sources.length ? sources : allSources;
	if (sources.length > 3) throw new Error('an answer has one of three sources');
	return answersOfAssessment(db).all({ id: assessmentId, a, b, c });
}

export function setAssessmentStatus(db: DbOrTx, id: number, status: AssessmentStatus, at: Date): void {
	const row = db.select({ version: assessments.version }).from(assessments).where(eq(assessments.id, id)).get()!;
	db.update(assessments).set({ status, version: row.version + 1, updatedAt: at }).where(eq(assessments.id, id)).run();
}
