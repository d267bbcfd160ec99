import type { LayoutServerLoad } from './$types';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { assessmentHeader } from '$lib/server/services/questionnaire';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { view } = await requireAssessment(event);
	return {
		/** Round, organisation, framework and status of the assessment, for the header of its pages. */
		header: assessmentHeader(view, locale()),
		permissions: view.permissions
	};
}) satisfies LayoutServerLoad;
