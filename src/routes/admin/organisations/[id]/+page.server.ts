import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm, translate } from '$lib/server/forms';
import { getOrganisation, getOrganisationLinks, getOrganisationNames } from '$lib/server/repositories/organisations';
import { closeOrganisation, renameOrganisation } from '$lib/server/services/organisations';
import { DomainError } from '$lib/server/services/errors';
import { closeOrganisationSchema, renameOrganisationSchema } from '$lib/domain/validation/organisations';
import { vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';

function organisationId(raw: string): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) notFound();
	return id;
}

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const id = organisationId(event.params.id);
	const today = vietnamDay(new Date());
	const organisation = await getOrganisation(db, id, today, locale());
	if (!organisation) notFound();
	return {
		organisation,
		today,
		/** Every dated name and kind, oldest first. */
		names: await getOrganisationNames(db, id),
		links: await getOrganisationLinks(db, id, locale()),
		saved: event.url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

function domainFail(e: unknown, form: string, values: Record<string, unknown>) {
	if (e instanceof DomainError) return formFailure(e.status, { form, values, errors: { [e.field]: translate(e.key) } });
	throw e;
}

export const actions = {
	rename: async (event) => {
		const actor = requireRole(event, 'admin');
		const parsed = parseForm(renameOrganisationSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, { form: 'rename', ...parsed });
		try {
			await renameOrganisation(getDb(), actor.id, organisationId(event.params.id), parsed.data);
		} catch (e) {
			return domainFail(e, 'rename', parsed.data);
		}
		return formSuccess(m.organisations_saved(), 'rename');
	},
	close: async (event) => {
		const actor = requireRole(event, 'admin');
		const parsed = parseForm(closeOrganisationSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, { form: 'close', ...parsed });
		try {
			await closeOrganisation(getDb(), actor.id, organisationId(event.params.id), parsed.data.lastDay);
		} catch (e) {
			return domainFail(e, 'close', parsed.data);
		}
		return formSuccess(m.organisations_saved(), 'close');
	}
} satisfies Actions;
