/**
 * What every assessment page does first: find the assessment the person may read, or answer 404 (a person
 * who may not read an assessment is not told it exists).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { notFound, requireUser, type AuthedUser } from '../auth/guards';
import { viewAssessment, type AssessmentView } from './assessment-access';

export async function requireAssessment(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>): Promise<{ user: AuthedUser; view: AssessmentView }> {
	const user = requireUser(event);
	const id = Number((event.params as { id?: string }).id);
	const view = await viewAssessment(getDb(), user, id);
	if (!view) notFound();
	return { user, view };
}
