import { json, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readJsonBody } from '$lib/server/api';
import { saveAnswer } from '$lib/server/services/answers';
import { viewAssessment } from '$lib/server/services/assessment-access';
import { DomainError } from '$lib/server/services/errors';
import { issuesToErrors, translate } from '$lib/server/forms';
import { answerSaveSchema } from '$lib/domain/validation/answers';

/**
 * Autosave of one answer (JSON). 401 when the session has ended (the page keeps the change and sends it
 * after signing in again), 409 with both values on a conflict, 400/403 with a translated message.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) return json({ status: 'expired' }, { status: 401 });
	const db = getDb();
	const id = Number(params.id);
	const body = await readJsonBody(request, 64 * 1024);
	const parsed = body.ok ? answerSaveSchema.safeParse(body.body) : null;
	if (!body.ok || !parsed?.success) {
		// Someone who may not read the assessment is not told it exists, whatever they sent.
		if (!(await viewAssessment(db, locals.user, id))) return notFound();
		if (!body.ok) return body.response;
		const errors = issuesToErrors(parsed!.error!.issues);
		return json({ status: 'invalid', message: Object.values(errors)[0], errors }, { status: 400 });
	}
	try {
		// The permission to read and to write is checked inside the save's transaction (one context load).
		const outcome = await saveAnswer(db, locals.user, id, parsed.data);
		return json(outcome, { status: outcome.status === 'conflict' ? 409 : 200 });
	} catch (e) {
		if (e instanceof DomainError) return e.status === 404 ? notFound() : json({ status: 'refused', message: translate(e.key, e.params) }, { status: e.status });
		throw e;
	}
};

const notFound = () => json({ status: 'not_found' }, { status: 404 });
