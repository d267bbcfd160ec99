import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { getRound } from '$lib/server/repositories/rounds';
import { dashboardPage, parseDashboardQuery } from '$lib/server/services/dashboard-page';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'committee', 'admin');
	const db = getDb();
	const round = getRound(db, Number(event.params.id));
	if (!round || round.status === 'draft') notFound();
	const query = parseDashboardQuery(db, round, event.url.searchParams);
	if (!query) notFound();
	const lang = locale();
	return {
		round: { id: round.id, name: lang === 'en' && round.nameEn ? round.nameEn : round.nameVi, year: round.year },
		query,
		/** Heatmap, distributions and gaps for the chosen framework and filters. */
		dashboard: await dashboardPage(db, round, query, lang)
	};
}) satisfies PageServerLoad;
