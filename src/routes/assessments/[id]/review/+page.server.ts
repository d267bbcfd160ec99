import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden } from '$lib/server/auth/guards';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { reviewModel } from '$lib/server/services/review';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	// The side-by-side view is for the assessor and the committee (respondents see it once published).
	if (!view.permissions.readAssessor) forbidden();
	return {
		/** Questions with the three sources side by side, gaps first. */
		review: reviewModel(getDb(), user, view, locale()),
		role: user.role
	};
}) satisfies PageServerLoad;
