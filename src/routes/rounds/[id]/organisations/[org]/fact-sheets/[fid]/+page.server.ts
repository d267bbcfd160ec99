import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, notFound, requireUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess } from '$lib/server/forms';
import { idParam, organisationOr404, parseFactSheet, refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { factSheetAccess, visibleFactSheets } from '$lib/server/services/fieldwork';
import { saveFactSheet } from '$lib/server/services/fact-sheets';
import { factSheetToForm } from '$lib/domain/validation/fact-sheets';
import { locale } from '$lib/i18n';

/** The sheet, if this person may read it (403 without read access to the organisation's sheets, 404 otherwise). */
async function context(event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string; org: string; fid: string } }) {
	const user = requireUser(event);
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const organisation = organisationOr404(db, fr, event.params.org, locale());
	const access = factSheetAccess(db, user, fr, organisation.id);
	if (!access.read) forbidden();
	const id = idParam(event.params.fid);
	const sheet = visibleFactSheets(db, user, fr.round.id, organisation.id, access, locale()).find((f) => f.id === id);
	if (!sheet) notFound();
	return { user, db, fr, organisation, access, sheet };
}

export const load = (async (event) => {
	const { fr, organisation, access, sheet } = await context(event);
	return {
		round: { id: fr.round.id, name: fr.name },
		organisation,
		/** Editable now by this person; otherwise shown read-only. */
		canEdit: access.edit,
		sheet: { ...sheet, createdBy: sheet.createdByName },
		created: event.url.searchParams.has('created')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, db, fr, organisation, access, sheet } = await context(event);
		if (!access.edit) forbidden();
		const parsed = parseFactSheet(await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		try {
			await saveFactSheet(db, user, fr.round.id, organisation.id, sheet.id, parsed.data);
		} catch (e) {
			return refusal(e, undefined, factSheetToForm(parsed.data));
		}
		return formSuccess(m.factsheets_saved());
	}
} satisfies Actions;
