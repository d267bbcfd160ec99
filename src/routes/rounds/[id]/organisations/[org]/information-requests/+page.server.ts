import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, notFound, requireUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm } from '$lib/server/forms';
import { organisationOr404, refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { odFrameworkOf, requestChecklist, requestsAccess } from '$lib/server/services/fieldwork';
import { updateInformationRequest } from '$lib/server/services/information-requests';
import { informationRequestSchema } from '$lib/domain/validation/information-requests';
import { locale } from '$lib/i18n';

/** The round, its OD framework and the organisation (404 when any is missing), and what this person may do (403 if nothing). */
async function context(event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; org: string } }) {
	const user = requireUser(event);
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const organisation = organisationOr404(db, fr, event.params.org, locale());
	const od = odFrameworkOf(fr);
	if (!od) notFound();
	const access = requestsAccess(db, user, fr.round.id, organisation.id);
	if (!access) forbidden();
	return { user, db, fr, organisation, od, access };
}

export const load = (async (event) => {
	const { db, fr, organisation, od, access } = await context(event);
	return {
		round: { id: fr.round.id, name: fr.name },
		organisation,
		/** `manage`: assigned assessors and the committee update items; `read`: the organisation's respondents. */
		access,
		/** Items in code order with their status, and counts per status. */
		checklist: requestChecklist(db, fr, od, organisation.id, access, locale())
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async (event) => {
		const { user, db, fr, organisation, access } = await context(event);
		if (access !== 'manage') forbidden();
		const parsed = parseForm(informationRequestSchema, await event.request.formData());
		const name = parsed.ok ? parsed.data.itemCode : String(parsed.values.itemCode ?? '');
		if (!parsed.ok) return formFailure(400, { form: name, ...parsed });
		try {
			await updateInformationRequest(db, user, fr.round.id, organisation.id, parsed.data.itemCode, parsed.data);
		} catch (e) {
			return refusal(e, name, parsed.data);
		}
		return formSuccess(m.requests_saved({ code: parsed.data.itemCode }), name);
	}
} satisfies Actions;
