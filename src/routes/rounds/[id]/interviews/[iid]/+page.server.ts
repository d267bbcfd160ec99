import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm } from '$lib/server/forms';
import { interviewOr403, refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { citationTargets, interviewCitations, interviewFormOptions } from '$lib/server/services/fieldwork';
import { saveInterview } from '$lib/server/services/interviews';
import { citeInterview } from '$lib/server/services/evidence';
import { citeInterviewSchema, interviewSchema } from '$lib/domain/validation/interviews';
import { locale } from '$lib/i18n';

/** Every load and action: the person, the round, and the interview they may read (403/404 otherwise). */
async function context(event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; iid: string } }) {
	const user = requireRole(event, 'assessor', 'committee');
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	return { user, db, fr, interview: interviewOr403(db, user, fr, event.params.iid) };
}

export const load = (async (event) => {
	const { user, db, fr, interview } = await context(event);
	return {
		round: { id: fr.round.id, name: fr.name },
		/** The record, notes included: only assessors of its organisations and the committee get here. */
		interview,
		options: interviewFormOptions(db, user, fr, locale(), interview),
		/** Per organisation, the questions this person may cite the interview for. */
		targets: citationTargets(db, user, fr, interview, locale()),
		/** Where the interview is already cited. */
		citations: interviewCitations(db, user, fr, interview.id, locale()),
		created: event.url.searchParams.has('created')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, db, fr, interview } = await context(event);
		const parsed = parseForm(interviewSchema, await event.request.formData(), { arrays: ['organisationIds', 'teamMemberIds', 'sections'] });
		if (!parsed.ok) return formFailure(400, { form: 'save', ...parsed });
		try {
			await saveInterview(db, user, fr.round.id, interview.id, parsed.data);
		} catch (e) {
			return refusal(e, 'save', parsed.data);
		}
		return formSuccess(m.interviews_saved(), 'save');
	},
	cite: async (event) => {
		const { user, db, fr, interview } = await context(event);
		if (!citationTargets(db, user, fr, interview, locale()).length) forbidden();
		const form = await event.request.formData();
		const name = `cite:${String(form.get('organisationId') ?? '')}`;
		const parsed = parseForm(citeInterviewSchema, form, { arrays: ['links'] });
		if (!parsed.ok) return formFailure(400, { form: name, ...parsed });
		try {
			await citeInterview(db, user, { roundId: fr.round.id, interviewId: interview.id, ...parsed.data });
		} catch (e) {
			return refusal(e, name, parsed.data);
		}
		return formSuccess(m.interviews_cited({ count: parsed.data.links.length }), name);
	}
} satisfies Actions;
