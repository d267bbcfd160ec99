import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { assessmentHistory } from '$lib/server/services/history';

export const load = (async (event) => {
	const { view } = await requireAssessment(event);
	return {
		/** Changes newest first; sources the person may not see are left out. */
		history: assessmentHistory(getDb(), view, { includeSelf: view.permissions.readSelf, includeAssessor: view.permissions.readAssessor })
	};
}) satisfies PageServerLoad;
