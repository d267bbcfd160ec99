import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { formFailure, parseForm, translate } from '$lib/server/forms';
import { createUser } from '$lib/server/services/users';
import { DomainError } from '$lib/server/services/errors';
import { organisationOptions } from '$lib/server/services/options';
import { createUserSchema } from '$lib/domain/validation/users';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	return { /** Organisations in force today, for the select. */ organisations: await organisationOptions(getDb(), locale()) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const actor = requireRole(event, 'admin');
		const parsed = parseForm(createUserSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		let id: number;
		try {
			id = await createUser(getDb(), actor.id, parsed.data);
		} catch (e) {
			if (e instanceof DomainError) {
				const { password: _password, ...values } = parsed.data;
				return formFailure(e.status, { values, errors: { [e.field]: translate(e.key) } });
			}
			throw e;
		}
		redirect(303, `/admin/users/${id}?created=1`);
	}
} satisfies Actions;
