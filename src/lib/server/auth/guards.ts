/**
 * Guards every protected load and action calls. Access rules themselves live in $lib/domain/access.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/domain/access';
import type { SessionUser } from './session';

export type AuthedUser = SessionUser & { role: Role };

type EventLike = Pick<RequestEvent, 'locals' | 'url'>;

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser(event: EventLike): AuthedUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user as AuthedUser;
}

/** The signed-in user if their role is one of `allowed`; 403 otherwise. */
export function requireRole(event: EventLike, ...allowed: Role[]): AuthedUser {
	const user = requireUser(event);
	if (!allowed.includes(user.role)) error(403, { message: 'forbidden' });
	return user;
}

/** A user row as the identity handed to services. */
export function asAuthedUser(row: { id: number; email: string; name: string; role: string; organisationId: number | null; isLead: boolean; locale: string }): AuthedUser {
	return { id: row.id, email: row.email, name: row.name, role: row.role as Role, organisationId: row.organisationId, isLead: row.isLead, locale: row.locale };
}

export function forbidden(): never {
	error(403, { message: 'forbidden' });
}

export function notFound(): never {
	error(404, { message: 'not_found' });
}
