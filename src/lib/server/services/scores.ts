/**
 * Engine results kept current: every change to answers, dimension assessments, evidence links or targets
 * recomputes the one assessment it touches (in the same transaction) and stores the result, so that
 * dashboards read one row per assessment.
 */
import { and, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { DbOrTx } from '../audit';
import {
	assessments,
	dimensionAssessments,
	evidence,
	evidenceLinks,
	nationalAnswers,
	scoreCache,
	targets
} from '../db/schema';
import { answersOf, organisationInRound, roundDay } from '../repositories/assessments';
import { rounds } from '../db/schema';
import type { Framework, OrgKind } from '$lib/domain/frameworks/schema';
import { scoreAssessment } from '$lib/domain/scoring/engine';
import type { AssessmentResult, DimensionInput, EvidenceInput, EvidenceKind, ScoreInput } from '$lib/domain/scoring/types';
import type { CoreIssueStatus, Source } from '$lib/domain/scoring/ratings';

/** The kinds of evidence linked to each question of an assessment (what evidence confidence is derived from). */
const evidenceKindsOf = preparedQuery((db) =>
	db
		.select({ code: evidenceLinks.questionCode, kind: evidence.kind })
		.from(evidenceLinks)
		.innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
		.where(eq(evidenceLinks.assessmentId, sql.placeholder('id')))
		.prepare()
);

export function evidenceInputsOf(tx: DbOrTx, assessmentId: number): EvidenceInput[] {
	return evidenceKindsOf(tx)
		.all({ id: assessmentId })
		.map((e) => ({ code: e.code, kind: e.kind as EvidenceKind }));
}

/** Everything the engine needs for one assessment, read inside the caller's transaction. */
export function scoreInputOf(tx: DbOrTx, assessmentId: number): { input: ScoreInput; orgKind: OrgKind; targets: Record<string, string>; frameworkId: string } {
	const a = tx.select().from(assessments).where(eq(assessments.id, assessmentId)).get();
	if (!a) throw new Error(`assessment ${assessmentId} not found`);
	const round = tx.select().from(rounds).where(eq(rounds.id, a.roundId)).get()!;
	const org = organisationInRound(tx, a.organisationId, roundDay(round));
	const answers = answersOf(tx, assessmentId).map((r) => ({ code: r.questionCode, source: r.source as Source, rating: r.rating }));
	const national = tx
		.select({ code: nationalAnswers.questionCode, rating: nationalAnswers.rating })
		.from(nationalAnswers)
		.where(and(eq(nationalAnswers.roundId, a.roundId), eq(nationalAnswers.frameworkId, a.frameworkId)))
		.all();
	const dimensions: DimensionInput[] = tx
		.select()
		.from(dimensionAssessments)
		.where(eq(dimensionAssessments.assessmentId, assessmentId))
		.all()
		.map((d) => ({
			code: d.dimensionCode,
			source: d.source as DimensionInput['source'],
			coreIssues: JSON.parse(d.coreIssues) as Record<string, CoreIssueStatus>,
			redTriggers: JSON.parse(d.redTriggers) as string[],
			colour: d.colour as DimensionInput['colour'],
			justification: d.justification
		}));
	const ev = evidenceInputsOf(tx, assessmentId);
	const targetRows = tx
		.select({ code: targets.code, target: targets.target })
		.from(targets)
		.where(and(eq(targets.roundId, a.roundId), eq(targets.organisationId, a.organisationId), eq(targets.frameworkId, a.frameworkId)))
		.all();
	return {
		input: { answers, national, dimensions, evidence: ev },
		orgKind: org.kind as OrgKind,
		targets: Object.fromEntries(targetRows.map((t) => [t.code, t.target])),
		frameworkId: a.frameworkId
	};
}

export function computeResult(tx: DbOrTx, assessmentId: number, fw: Framework): AssessmentResult {
	const { input, orgKind, targets: t } = scoreInputOf(tx, assessmentId);
	return scoreAssessment(fw, input, { orgKind, targets: t });
}

/** Recomputes and stores one assessment's result (call inside the transaction that changed its inputs). */
export function refreshScore(tx: DbOrTx, assessmentId: number, fw: Framework, at = new Date()): AssessmentResult {
	const result = computeResult(tx, assessmentId, fw);
	tx.insert(scoreCache)
		.values({ assessmentId, algorithmVersion: result.algorithmVersion, result: JSON.stringify(result), computedAt: at })
		.onConflictDoUpdate({
			target: scoreCache.assessmentId,
			set: { algorithmVersion: result.algorithmVersion, result: JSON.stringify(result), computedAt: at }
		})
		.run();
	return result;
}

export function cachedResult(tx: DbOrTx, assessmentId: number): AssessmentResult | null {
	const row = tx.select({ result: scoreCache.result }).from(scoreCache).where(eq(scoreCache.assessmentId, assessmentId)).get();
	return row ? (JSON.parse(row.result) as AssessmentResult) : null;
}
