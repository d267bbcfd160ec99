/**
 * What every assessment page does first: find the assessment the person may read, or answer 404 (a person
 * who may not read an assessment is not told it exists).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { notFound, requireUser, type AuthedUser } from '../auth/guards';
import { viewAssessment, type AssessmentView } from './assessment-access';

/**
 * The layout and the page of one request both need the assessment: a page view (GET) reads it once and
 * shares it. Not for a form action's request, whose page data must show what the action changed.
 */
const readOnce = new WeakMap<object, Map<number, Promise<AssessmentView | null>>>();

export async function requireAssessment(event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'request'>): Promise<{ user: AuthedUser; view: AssessmentView }> {
	const user = requireUser(event);
	const id = Number((event.params as { id?: string }).id);
	let view: AssessmentView | null;
	if (event.request.method === 'GET') {
		let views = readOnce.get(event.locals);
		if (!views) readOnce.set(event.locals, (views = new Map()));
		let pending = views.get(id);
		if (!pending) views.set(id, (pending = viewAssessment(getDb(), user, id)));
		view = await pending;
	} else {
		view = await viewAssessment(getDb(), user, id);
	}
	if (!view) notFound();
	return { user, view };
}
