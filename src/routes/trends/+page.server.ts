import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { trendModel } from '$lib/server/services/trends';
import { organisationOptions } from '$lib/server/services/options';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'committee', 'admin');
	const db = getDb();
	const lang = locale();
	const organisations = await organisationOptions(db, lang);
	const kind = event.url.searchParams.get('framework') === 'od' ? 'od' : 'dg';
	const requested = Number(event.url.searchParams.get('organisation'));
	const organisationId = organisations.some((o) => o.id === requested) ? requested : null;
	return {
		kind,
		organisations,
		organisationId,
		/** Results of the organisation and the units it replaced, newest round first, with comparability. */
		trend: organisationId ? await trendModel(db, organisationId, kind, lang) : null
	};
}) satisfies PageServerLoad;
