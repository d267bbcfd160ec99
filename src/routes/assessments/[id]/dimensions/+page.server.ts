import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden, notFound } from '$lib/server/auth/guards';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { cachedResult, computeResult } from '$lib/server/services/scores';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { view } = await requireAssessment(event);
	if (view.framework.kind !== 'od') notFound();
	if (!view.permissions.readAssessor) forbidden();
	const db = getDb();
	const result = cachedResult(db, view.assessment.id) ?? computeResult(db, view.assessment.id, view.framework);
	if (result.kind !== 'od') notFound();
	const lang = locale();
	return {
		/** Each dimension with the suggestion and the confirmed colour of each source. */
		dimensions: result.dimensions.map((d) => ({
			code: d.code,
			title: view.framework.sections.find((s) => s.code === d.code)!.title[lang],
			assessor: d.bySource.assessor,
			final: view.permissions.readFinal ? d.bySource.final : null
		}))
	};
}) satisfies PageServerLoad;
