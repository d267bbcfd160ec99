/**
 * Gathers the facts about one assessment and one person, and asks the access rules what the person may do.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { getAssessmentContext, type AssessmentContext } from '../repositories/assessments';
import { assessmentPermissions, type Actor, type AssessmentFacts, type AssessmentPermissions, type AssessmentStatus } from '$lib/domain/access';

export type AssessmentView = AssessmentContext & { permissions: AssessmentPermissions; facts: AssessmentFacts };

export function toActor(user: AuthedUser | null): Actor | null {
	return user ? { id: user.id, role: user.role, organisationId: user.organisationId, isLead: user.isLead } : null;
}

export function factsOf(ctx: AssessmentContext, user: AuthedUser | null): AssessmentFacts {
	return {
		organisationId: ctx.assessment.organisationId,
		status: ctx.assessment.status as AssessmentStatus,
		assigned: !!user && user.role === 'assessor' && ctx.assessorIds.includes(user.id),
		blind: ctx.round.blind,
		interviewOnly: ctx.round.mode === 'interview_only',
		roundOpen: ctx.round.status === 'open'
	};
}

/** The assessment with the person's permissions; null when it does not exist or they may not read it. */
export async function viewAssessment(db: Db, user: AuthedUser | null, id: number): Promise<AssessmentView | null> {
	if (!Number.isSafeInteger(id) || id <= 0) return null;
	const ctx = await getAssessmentContext(db, id);
	if (!ctx) return null;
	// Nobody works on assessments of a round still in draft.
	if (ctx.round.status === 'draft') return null;
	const facts = factsOf(ctx, user);
	const permissions = assessmentPermissions(toActor(user), facts);
	if (!permissions.read) return null;
	return { ...ctx, facts, permissions };
}

/** Whether the person is the organisation's respondent or an assessor assigned to it (for transitions). */
export function isInvolved(view: Pick<AssessmentView, 'facts'>, user: AuthedUser): boolean {
	if (user.role === 'respondent') return user.organisationId === view.facts.organisationId;
	if (user.role === 'assessor') return view.facts.assigned;
	return true;
}
