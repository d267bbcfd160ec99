import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm, translate } from '$lib/server/forms';
import { getUser } from '$lib/server/repositories/users';
import { resetPassword, setUserDisabled, updateUser } from '$lib/server/services/users';
import { DomainError } from '$lib/server/services/errors';
import { organisationOptions } from '$lib/server/services/options';
import { resetPasswordSchema, updateUserSchema } from '$lib/domain/validation/users';
import { locale } from '$lib/i18n';

function userId(raw: string): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) notFound();
	return id;
}

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const user = await getUser(db, userId(event.params.id));
	if (!user) notFound();
	return {
		/** The user being edited (never the password hash). */
		user,
		organisations: await organisationOptions(db, locale(), user.organisationId ? [user.organisationId] : []),
		/** Just created: show a confirmation. */
		created: event.url.searchParams.has('created')
	};
}) satisfies PageServerLoad;

function domainFail(e: unknown, values: Record<string, unknown>, form: string) {
	if (e instanceof DomainError) return formFailure(e.status, { form, values, errors: { [e.field]: translate(e.key) } });
	throw e;
}

export const actions = {
	update: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = userId(event.params.id);
		const parsed = parseForm(updateUserSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, { form: 'update', ...parsed });
		try {
			await updateUser(getDb(), actor.id, id, parsed.data);
		} catch (e) {
			return domainFail(e, parsed.data, 'update');
		}
		return formSuccess(m.users_saved(), 'update');
	},
	disable: async (event) => {
		const actor = requireRole(event, 'admin');
		try {
			await setUserDisabled(getDb(), actor.id, userId(event.params.id), true);
		} catch (e) {
			return domainFail(e, {}, 'status');
		}
		return formSuccess(m.users_disabled_done(), 'status');
	},
	enable: async (event) => {
		const actor = requireRole(event, 'admin');
		await setUserDisabled(getDb(), actor.id, userId(event.params.id), false);
		return formSuccess(m.users_enabled_done(), 'status');
	},
	password: async (event) => {
		const actor = requireRole(event, 'admin');
		const parsed = parseForm(resetPasswordSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, { form: 'password', errors: parsed.errors });
		await resetPassword(getDb(), actor.id, userId(event.params.id), parsed.data.password);
		return formSuccess(m.users_password_reset_done(), 'password');
	}
} satisfies Actions;
