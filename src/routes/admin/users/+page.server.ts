import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listUsers } from '$lib/server/repositories/users';
import { listOrganisations } from '$lib/server/repositories/organisations';
import { compareNames, normaliseText, vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const q = normaliseText(event.url.searchParams.get('q') ?? '').slice(0, 100);
	const orgs = new Map(
		(await listOrganisations(db, { day: vietnamDay(new Date()), locale: locale(), includeClosed: true })).map((o) => [o.id, o.name])
	);
	const users = (await listUsers(db, q || undefined))
		.map((u) => ({
			id: u.id,
			name: u.name,
			email: u.email,
			role: u.role,
			isLead: u.isLead,
			disabled: u.disabled,
			organisation: u.organisationId ? (orgs.get(u.organisationId) ?? null) : null
		}))
		.sort((a, b) => compareNames(a.name, b.name, locale()));
	return { /** Search text. */ q, /** Users matching it, by name in Vietnamese order. */ users };
}) satisfies PageServerLoad;
