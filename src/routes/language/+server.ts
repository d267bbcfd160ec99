import { redirect, type RequestHandler } from '@sveltejs/kit';
import { cookieName, cookieMaxAge, isLocale } from '$lib/paraglide/runtime';
import { safeReturnPath } from '$lib/domain/paths';

/** Switches the interface language; the choice is remembered in a cookie. Works as a plain form post. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData();
	const lang = form.get('lang');
	if (typeof lang === 'string' && isLocale(lang)) {
		// Readable by the page's script too (paraglide reads it on the client), so not HttpOnly.
		cookies.set(cookieName, lang, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
	}
	redirect(303, safeReturnPath(form.get('redirectTo')));
};

export const GET: RequestHandler = () => redirect(303, '/');
