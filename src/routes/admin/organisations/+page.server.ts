import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listOrganisations } from '$lib/server/repositories/organisations';
import { isValidDay, vietnamDay } from '$lib/domain/text';
import { orgKinds } from '$lib/domain/frameworks/schema';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const params = event.url.searchParams;
	const today = vietnamDay(new Date());
	const dayParam = params.get('day') ?? '';
	const day = isValidDay(dayParam) ? dayParam : today;
	const includeClosed = params.get('all') === '1';
	const kindParam = params.get('kind') ?? '';
	const kind = (orgKinds as readonly string[]).includes(kindParam) ? kindParam : '';
	const organisations = (await listOrganisations(getDb(), { day, locale: locale(), includeClosed })).filter(
		(o) => !kind || o.kind === kind
	);
	return {
		/** The day whose names and validity are shown. */
		day,
		today,
		includeClosed,
		kind,
		/** Sorted by name in Vietnamese alphabetical order. */
		organisations
	};
}) satisfies PageServerLoad;
