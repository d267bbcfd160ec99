import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDb, migrateDatabase } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/services/startup';
import { startReminderTimer } from '$lib/server/services/notifications';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import type { AuthedUser } from '$lib/server/auth/guards';
import { nextTurn } from '$lib/server/turns';

export const init: ServerInit = async () => {
	const db = getDb();
	migrateDatabase(db);
	await prepareDatabase(db, { demo: process.env.SANSANG_DEMO === '1' });
	startReminderTimer(db);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const auth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { user, session } = await validateSessionToken(getDb(), token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt);
			event.locals.user = user as AuthedUser;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	// Signed-in pages and every answer to a signed-in request must never be cached (shared computers).
	if (event.locals.user || event.cookies.get(SESSION_COOKIE)) {
		headers.set('Cache-Control', 'no-store');
	} else if (!headers.has('Cache-Control')) {
		headers.set('Cache-Control', 'no-cache');
	}
	if (!headers.has('Content-Security-Policy') && (headers.get('Content-Type') ?? '').includes('html')) {
		headers.set('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'; object-src 'none'");
	}
	return response;
};

/** Page views start one per turn of the event loop (`turns.ts`); saves and other posts go at once. */
const fairTurns: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'GET') await nextTurn();
	return resolve(event);
};

export const handle = sequence(fairTurns, securityHeaders, i18n, auth);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'not_found' : 'server_error' };
};
