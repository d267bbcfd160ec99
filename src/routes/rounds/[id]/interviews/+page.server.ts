import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden, requireRole } from '$lib/server/auth/guards';
import { roundOr404 } from '$lib/server/fieldwork-routes';
import { interviewList, mayOpenInterviews, recordableOrganisations } from '$lib/server/services/fieldwork';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const user = requireRole(event, 'assessor', 'committee');
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	if (!mayOpenInterviews(db, user, fr.round.id)) forbidden();
	const organisations = recordableOrganisations(db, user, fr, locale());
	const wanted = Number(event.url.searchParams.get('org'));
	const organisationId = organisations.some((o) => o.id === wanted) ? wanted : undefined;
	return {
		/** The round: id and name in the reader's language. */
		round: { id: fr.round.id, name: fr.name },
		/** Interviews informing the organisations this person works on (all for the committee), newest first; never the notes. */
		interviews: interviewList(db, user, fr, locale(), organisationId),
		/** Organisations this person works on in the round, by name: the filter, and links to checklists and fact sheets. */
		organisations,
		/** The organisation the list is filtered on, if any. */
		organisationId: organisationId ?? null,
		/** The round has an open data framework (and so a pre-fieldwork checklist). */
		hasChecklist: fr.frameworks.some((f) => f.kind === 'od')
	};
}) satisfies PageServerLoad;
