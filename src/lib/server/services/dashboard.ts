/**
 * Dashboard data: one row per assessment of a round and framework, read from the stored engine results
 * (kept current on every write), with the organisation as named in the round. Parsed results are kept in
 * memory per (assessment, computation time), so a dashboard request parses only what changed.
 */
import { and, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db } from '../db';
import { assessments, organisationNames, organisations, scoreCache } from '../db/schema';
import type { RoundRow } from '../repositories/rounds';
import { roundDay } from '../repositories/assessments';
import type { DashboardRow } from '$lib/domain/report/charts';
import type { AssessmentResult } from '$lib/domain/scoring/types';
import { displayName, nameOn, type DatedName } from '$lib/domain/organisations';
import type { Locale } from '$lib/domain/text';

const parsed = new Map<number, { at: number; result: AssessmentResult }>();

const storedResult = preparedQuery((db) => db.select({ result: scoreCache.result }).from(scoreCache).where(eq(scoreCache.assessmentId, sql.placeholder('id'))).prepare());

/** A stored result (~25 KB of JSON each) is read and parsed only when it changed since it was last parsed. */
function resultOf(db: Db, assessmentId: number, computedAt: Date): AssessmentResult {
	const hit = parsed.get(assessmentId);
	if (hit && hit.at === computedAt.getTime()) return hit.result;
	const result = JSON.parse(storedResult(db).get({ id: assessmentId })!.result) as AssessmentResult;
	parsed.set(assessmentId, { at: computedAt.getTime(), result });
	return result;
}

export interface DashboardFilters {
	kind?: string | null;
	region?: string | null;
	status?: string | null;
	organisationIds?: number[];
}

// One statement whatever the number of organisations: their ids go in as one JSON array.
const organisationsIn = preparedQuery((db) =>
	db
		.select()
		.from(organisations)
		.where(sql`${organisations.id} in (select value from json_each(${sql.placeholder('ids')}))`)
		.prepare()
);
const namesIn = preparedQuery((db) =>
	db
		.select()
		.from(organisationNames)
		.where(sql`${organisationNames.organisationId} in (select value from json_each(${sql.placeholder('ids')}))`)
		.prepare()
);

/** Organisations as named on a day, in one read (names and kinds can change over time). */
export function organisationsOn(db: Db, ids: number[], day: string) {
	if (!ids.length) return new Map<number, { nameVi: string; nameEn: string | null; kind: string; region: string | null; code: string }>();
	const orgs = organisationsIn(db).all({ ids: JSON.stringify(ids) });
	const names = new Map<number, (DatedName & { organisationId: number })[]>();
	for (const n of namesIn(db).all({ ids: JSON.stringify(ids) })) {
		const list = names.get(n.organisationId);
		if (list) list.push(n as DatedName & { organisationId: number });
		else names.set(n.organisationId, [n as DatedName & { organisationId: number }]);
	}
	return new Map(
		orgs.map((o) => {
			const own = names.get(o.id) ?? [];
			const name = nameOn(own, o.validTo && o.validTo < day ? o.validTo : day);
			return [o.id, { nameVi: name.nameVi, nameEn: name.nameEn, kind: name.kind, region: o.region, code: o.code }];
		})
	);
}

const scoredAssessmentsOf = preparedQuery((db) =>
	db
		.select({ id: assessments.id, organisationId: assessments.organisationId, status: assessments.status, computedAt: scoreCache.computedAt })
		.from(assessments)
		.innerJoin(scoreCache, eq(scoreCache.assessmentId, assessments.id))
		.where(and(eq(assessments.roundId, sql.placeholder('round')), eq(assessments.frameworkId, sql.placeholder('framework'))))
		.prepare()
);

export function dashboardRows(db: Db, round: RoundRow, frameworkId: string, locale: Locale, filters: DashboardFilters = {}): DashboardRow[] {
	const rows = scoredAssessmentsOf(db).all({ round: round.id, framework: frameworkId });
	const orgs = organisationsOn(db, rows.map((r) => r.organisationId), roundDay(round));
	return rows
		.map((r) => {
			const org = orgs.get(r.organisationId)!;
			return {
				assessmentId: r.id,
				organisationId: r.organisationId,
				name: displayName(org, locale),
				kind: org.kind,
				region: org.region,
				status: r.status,
				result: resultOf(db, r.id, r.computedAt)
			};
		})
		.filter(
			(r) =>
				(!filters.kind || r.kind === filters.kind) &&
				(!filters.region || r.region === filters.region) &&
				(!filters.status || r.status === filters.status) &&
				(!filters.organisationIds || filters.organisationIds.includes(r.organisationId))
		);
}
