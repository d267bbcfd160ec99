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
	// Someone who may not read the assessment is not told it exists.
	if (!(await viewAssessment(getDb(), locals.user, Number(params.id)))) return json({ status: 'not_found' }, { status: 404 });
	const body = await readJsonBody(request, 64 * 1024);
	if (!body.ok) return body.response;
	const parsed = answerSaveSchema.safeParse(body.body);
	if (!parsed.success) {
		const errors = issuesToErrors(parsed.error.issues);
		return json({ status: 'invalid', message: Object.values(errors)[0], errors }, { status: 400 });
	}
	try {
		const outcome = await saveAnswer(getDb(), locals.user, Number(params.id), parsed.data);
		return json(outcome, { status: outcome.status === 'conflict' ? 409 : 200 });
	} catch (e) {
		if (e instanceof DomainError) return json({ status: 'refused', message: translate(e.key, e.params) }, { status: e.status });
		throw e;
	}
};
