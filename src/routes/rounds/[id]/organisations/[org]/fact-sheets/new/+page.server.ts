import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { formFailure } from '$lib/server/forms';
import { organisationOr404, parseFactSheet, refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { factSheetAccess } from '$lib/server/services/fieldwork';
import { saveFactSheet } from '$lib/server/services/fact-sheets';
import { factSheetToForm } from '$lib/domain/validation/fact-sheets';
import { locale } from '$lib/i18n';

/** Only those who may add evidence to the organisation's work now may start a fact sheet. */
async function context(event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; org: string } }) {
	const user = requireUser(event);
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const organisation = organisationOr404(db, fr, event.params.org, locale());
	if (!factSheetAccess(db, user, fr, organisation.id).edit) forbidden();
	return { user, db, fr, organisation };
}

export const load = (async (event) => {
	const { fr, organisation } = await context(event);
	return { round: { id: fr.round.id, name: fr.name }, organisation };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, db, fr, organisation } = await context(event);
		const parsed = parseFactSheet(await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		let id: number;
		try {
			id = await saveFactSheet(db, user, fr.round.id, organisation.id, null, parsed.data);
		} catch (e) {
			return refusal(e, undefined, factSheetToForm(parsed.data));
		}
		redirect(303, `/rounds/${fr.round.id}/organisations/${organisation.id}/fact-sheets/${id}?created=1`);
	}
} satisfies Actions;
