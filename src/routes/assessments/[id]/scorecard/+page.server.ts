import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { scorecardModel } from '$lib/server/services/scorecard';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	return {
		/** The engine's result for the sources this person may see, with explanations. */
		scorecard: scorecardModel(getDb(), user, view, locale())
	};
}) satisfies PageServerLoad;
