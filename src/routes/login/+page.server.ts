import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm } from '$lib/server/forms';
import { setSessionCookie } from '$lib/server/auth/session';
import { signIn } from '$lib/server/services/sign-in';
import { resumeHeldSave } from '$lib/server/services/resume-held-save';
import { signInSchema } from '$lib/domain/validation/users';
import { safeReturnPath } from '$lib/domain/paths';

export const load = (({ locals, url }) => {
	const next = safeReturnPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return {
		/** Where to go after signing in. */
		next,
		/** The person just signed out. */
		signedOut: url.searchParams.has('signedOut'),
		/** The session ended while the person was working. */
		expired: url.searchParams.has('expired')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const next = safeReturnPath(form.get('next'));
		const parsed = parseForm(signInSchema, form);
		if (!parsed.ok) return formFailure(400, parsed);
		const { email, password } = parsed.data;
		const result = await signIn(getDb(), email, password, event.getClientAddress());
		if (result.kind === 'limited') {
			event.setHeaders({ 'Retry-After': String(result.retryAfterSeconds) });
			return formFailure(429, {
				values: { email },
				errors: { _form: m.error_sign_in_limited({ seconds: result.retryAfterSeconds }) }
			});
		}
		if (result.kind === 'failed') {
			return formFailure(400, { values: { email }, errors: { _form: m.error_sign_in_failed() } });
		}
		setSessionCookie(event.cookies, result.token, result.session.expiresAt);
		// A save posted while the session had expired is applied now, as the person who signed in.
		const held = await resumeHeldSave(getDb(), event.cookies, result.userId);
		redirect(303, held ?? next);
	}
} satisfies Actions;
