import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { formFailure, parseForm, translate } from '$lib/server/forms';
import { createOrganisation } from '$lib/server/services/organisations';
import { DomainError } from '$lib/server/services/errors';
import { organisationOptions } from '$lib/server/services/options';
import { createOrganisationSchema } from '$lib/domain/validation/organisations';
import { vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	return { organisations: await organisationOptions(getDb(), locale()), today: vietnamDay(new Date()) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const actor = requireRole(event, 'admin');
		const parsed = parseForm(createOrganisationSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		let id: number;
		try {
			id = await createOrganisation(getDb(), actor.id, parsed.data);
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { values: parsed.data, errors: { [e.field]: translate(e.key) } });
			throw e;
		}
		redirect(303, `/admin/organisations/${id}?saved=1`);
	}
} satisfies Actions;
