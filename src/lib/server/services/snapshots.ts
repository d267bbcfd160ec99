/**
 * Published snapshots: an immutable, dated copy of an assessment's final results. Public dashboards, open
 * data and the API serve these copies; re-opening an assessment never changes one.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../audit';
import { dimensionAssessments, snapshots } from '../db/schema';
import type { AssessmentContext } from '../repositories/assessments';
import type { AssessmentResult } from '$lib/domain/scoring/types';

export const SNAPSHOT_SCHEMA = 'sansang-snapshot-1';

export interface SnapshotData {
	schema: typeof SNAPSHOT_SCHEMA;
	organisation: { id: number; code: string; nameVi: string; nameEn: string | null; kind: string; region: string | null };
	round: { id: number; nameVi: string; nameEn: string | null; year: number };
	framework: { id: string; kind: 'dg' | 'od'; version: string };
	publishedAt: string;
	algorithmVersion: string;
	/** Final ratings only: published scorecards never show self or assessor ratings. */
	questions: { code: string; section: string; scope: string; rating: string | null; evidenceConfidence: string; target: string }[];
	pillars?: { code: string; score: number | null; band: string | null; coverage: number | null; answered: number; applicable: number; dontKnow: number }[];
	dimensions?: { code: string; colour: string | null; override: boolean; justification: string | null; suggested: string }[];
	belowTarget: { code: string; level: string; rating: string; target: string }[];
	needsEvidence: { code: string; level: string; rating: string }[];
}

export function buildSnapshot(tx: DbOrTx, ctx: AssessmentContext, result: AssessmentResult, at: Date): SnapshotData {
	const base = {
		schema: SNAPSHOT_SCHEMA,
		organisation: ctx.organisation,
		round: { id: ctx.round.id, nameVi: ctx.round.nameVi, nameEn: ctx.round.nameEn, year: ctx.round.year },
		framework: { id: ctx.framework.id, kind: ctx.framework.kind, version: ctx.framework.version },
		publishedAt: at.toISOString(),
		algorithmVersion: result.algorithmVersion,
		questions: result.questions.map((q) => ({
			code: q.code,
			section: q.section,
			scope: q.scope,
			rating: q.ratings.final,
			evidenceConfidence: q.evidenceConfidence,
			target: q.target
		})),
		belowTarget: result.belowTarget.map(({ code, level, rating, target }) => ({ code, level, rating, target })),
		needsEvidence: result.needsEvidence.map(({ code, level, rating }) => ({ code, level, rating }))
	} satisfies Partial<SnapshotData>;
	if (result.kind === 'dg') {
		return {
			...base,
			pillars: result.sources.final.pillars.map((p) => ({
				code: p.code,
				score: p.score,
				band: p.band,
				coverage: p.coverage,
				answered: p.answered,
				applicable: p.applicable,
				dontKnow: p.dontKnow
			}))
		};
	}
	const finals = tx
		.select()
		.from(dimensionAssessments)
		.where(and(eq(dimensionAssessments.assessmentId, ctx.assessment.id), eq(dimensionAssessments.source, 'final')))
		.all();
	return {
		...base,
		dimensions: result.dimensions.map((d) => {
			const row = finals.find((f) => f.dimensionCode === d.code);
			return {
				code: d.code,
				colour: row?.colour ?? null,
				override: row?.override ?? false,
				justification: row?.justification ?? null,
				suggested: d.bySource.final.suggestion.colour
			};
		})
	};
}

export function snapshotsOf(tx: DbOrTx, assessmentId: number) {
	return tx.select().from(snapshots).where(eq(snapshots.assessmentId, assessmentId)).orderBy(desc(snapshots.snapshotVersion)).all();
}

export function latestSnapshot(tx: DbOrTx, assessmentId: number) {
	return snapshotsOf(tx, assessmentId)[0] ?? null;
}
