import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { organisationOr404, roundOr404 } from '$lib/server/fieldwork-routes';
import { factSheetAccess, visibleFactSheets } from '$lib/server/services/fieldwork';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const organisation = organisationOr404(db, fr, event.params.org, locale());
	const access = factSheetAccess(db, user, fr, organisation.id);
	if (!access.read) forbidden();
	return {
		round: { id: fr.round.id, name: fr.name },
		organisation,
		/** May add and change fact sheets (whoever may add evidence to the organisation's work now). */
		canEdit: access.edit,
		/** The fact sheets this person may read, by title, with their recommended release priority. */
		sheets: visibleFactSheets(db, user, fr.round.id, organisation.id, access, locale()).map((f) => ({
			id: f.id,
			title: f.title,
			feasibilityPolicy: f.feasibilityPolicy,
			feasibilityTechnical: f.feasibilityTechnical,
			feasibilityInstitutional: f.feasibilityInstitutional,
			priority: f.priority,
			updatedAt: f.updatedAt,
			createdBy: f.createdByName
		})),
		hasChecklist: fr.frameworks.some((f) => f.kind === 'od')
	};
}) satisfies PageServerLoad;
