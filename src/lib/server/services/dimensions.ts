/**
 * OD dimension assessments: the assessor (source `assessor`) or the committee (source `final`) marks the
 * core issues, ticks RED triggers, and confirms the engine's suggestion or overrides it with a justification.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit } from '../audit';
import { assessments, dimensionAssessments, saveReceipts } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { loadAssessmentContextSync } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { factsOf, toActor } from './assessment-access';
import { refreshScore } from './scores';
import { assessmentPermissions } from '$lib/domain/access';
import { suggestDimensionColour } from '$lib/domain/scoring/engine';
import { coreIssueStatuses, type CoreIssueStatus } from '$lib/domain/scoring/ratings';
import { odDimensionColours, type OdDimensionColour, type OdFramework } from '$lib/domain/frameworks/schema';
import { DomainError } from './errors';

export interface DimensionSave {
	dimensionCode: string;
	source: 'assessor' | 'final';
	coreIssues: Record<string, string>;
	redTriggers: string[];
	/** The confirmed colour; null = not confirmed (yet). */
	colour: string | null;
	justification: string | null;
	baseVersion: number;
	clientId?: string;
}

export interface DimensionValues {
	coreIssues: Record<string, CoreIssueStatus>;
	redTriggers: string[];
	colour: OdDimensionColour | null;
	override: boolean;
	justification: string | null;
}

export type DimensionOutcome =
	| { status: 'saved'; version: number; values: DimensionValues; suggestion: ReturnType<typeof suggestDimensionColour> }
	| { status: 'conflict'; current: DimensionValues & { version: number } };

export async function saveDimensionAssessment(
	db: Db,
	user: AuthedUser,
	assessmentId: number,
	save: DimensionSave,
	at = new Date()
): Promise<DimensionOutcome> {
	const row = db.select({ frameworkId: assessments.frameworkId }).from(assessments).where(eq(assessments.id, assessmentId)).get();
	if (!row) throw new DomainError('error_404', '_form', 404);
	const fw = await getFramework(db, row.frameworkId);
	if (!fw || fw.kind !== 'od') throw new DomainError('error_404', '_form', 404);
	const dimension = (fw as OdFramework).sections.find((d) => d.code === save.dimensionCode);
	if (!dimension) throw new DomainError('error_unknown_question', 'dimensionCode', 400, { code: save.dimensionCode });

	const coreIssues: Record<string, CoreIssueStatus> = {};
	for (const ci of dimension.coreIssues) {
		const status = save.coreIssues[ci.code] ?? 'unknown';
		if (!(coreIssueStatuses as readonly string[]).includes(status)) throw new DomainError('error_invalid_choice', ci.code);
		coreIssues[ci.code] = status as CoreIssueStatus;
	}
	for (const code of Object.keys(save.coreIssues)) {
		if (!dimension.coreIssues.some((c) => c.code === code)) throw new DomainError('error_invalid_value', code);
	}
	const known = new Set(dimension.redTriggers.map((t) => t.code));
	if (save.redTriggers.some((t) => !known.has(t))) throw new DomainError('error_invalid_value', 'redTriggers');
	const redTriggers = dimension.redTriggers.map((t) => t.code).filter((c) => save.redTriggers.includes(c));
	if (save.colour !== null && !(odDimensionColours as readonly string[]).includes(save.colour)) throw new DomainError('error_invalid_choice', 'colour');
	const suggestion = suggestDimensionColour(fw as OdFramework, dimension, coreIssues, redTriggers);
	const colour = save.colour as OdDimensionColour | null;
	const override = colour !== null && colour !== suggestion.colour;
	const justification = save.justification?.trim() || null;
	// An override stands only with a written justification citing the rubric.
	if (override && !justification) throw new DomainError('error_override_needs_justification', 'justification');

	return db.transaction((tx) => {
		if (save.clientId) {
			const receipt = tx.select().from(saveReceipts).where(eq(saveReceipts.clientId, save.clientId)).get();
			if (receipt && receipt.userId === user.id) return JSON.parse(receipt.response) as DimensionOutcome;
		}
		const ctx = loadAssessmentContextSync(tx, assessmentId, () => fw);
		if (!ctx) throw new DomainError('error_404', '_form', 404);
		const p = assessmentPermissions(toActor(user), factsOf(ctx, user));
		if (!(save.source === 'assessor' ? p.writeAssessor : p.writeFinal)) throw new DomainError('error_not_allowed_to_save', '_form', 403);
		const key = and(
			eq(dimensionAssessments.assessmentId, assessmentId),
			eq(dimensionAssessments.dimensionCode, save.dimensionCode),
			eq(dimensionAssessments.source, save.source)
		);
		const current = tx.select().from(dimensionAssessments).where(key).get();
		const currentValues: DimensionValues | null = current
			? {
					coreIssues: JSON.parse(current.coreIssues),
					redTriggers: JSON.parse(current.redTriggers),
					colour: current.colour as OdDimensionColour | null,
					override: current.override,
					justification: current.justification
				}
			: null;
		if ((current?.version ?? 0) !== save.baseVersion) {
			return { status: 'conflict', current: { ...(currentValues ?? { coreIssues: {}, redTriggers: [], colour: null, override: false, justification: null }), version: current?.version ?? 0 } };
		}
		const values: DimensionValues = { coreIssues, redTriggers, colour, override, justification };
		const version = (current?.version ?? 0) + 1;
		const columns = {
			coreIssues: JSON.stringify(coreIssues),
			redTriggers: JSON.stringify(redTriggers),
			colour,
			override,
			justification,
			carriedOver: false,
			version,
			updatedBy: user.id,
			updatedAt: at
		};
		if (current) tx.update(dimensionAssessments).set(columns).where(key).run();
		else tx.insert(dimensionAssessments).values({ assessmentId, dimensionCode: save.dimensionCode, source: save.source, ...columns }).run();
		writeAudit(
			tx,
			{
				userId: user.id,
				entity: 'dimension_assessment',
				entityId: `${assessmentId}:${save.dimensionCode}:${save.source}`,
				action: current ? 'update' : 'create',
				organisationId: ctx.assessment.organisationId,
				before: currentValues,
				after: { ...values, suggested: suggestion.colour }
			},
			at
		);
		refreshScore(tx, assessmentId, fw, at);
		const outcome: DimensionOutcome = { status: 'saved', version, values, suggestion };
		if (save.clientId) tx.insert(saveReceipts).values({ clientId: save.clientId, userId: user.id, response: JSON.stringify(outcome), createdAt: at }).run();
		return outcome;
	});
}
