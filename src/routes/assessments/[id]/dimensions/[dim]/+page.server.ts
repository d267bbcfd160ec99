import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, notFound } from '$lib/server/auth/guards';
import { formFailure, formSuccess, translate } from '$lib/server/forms';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { dimensionPage, dimensionSourceFor } from '$lib/server/services/dimension-page';
import { saveDimensionAssessment } from '$lib/server/services/dimensions';
import { DomainError } from '$lib/server/services/errors';
import { normaliseText } from '$lib/domain/text';
import type { OdDimension } from '$lib/domain/frameworks/schema';
import { locale } from '$lib/i18n';

async function dimensionOf(event: Parameters<typeof requireAssessment>[0] & { params: { dim: string } }) {
	const { user, view } = await requireAssessment(event);
	if (view.framework.kind !== 'od') notFound();
	if (!view.permissions.readAssessor) forbidden();
	const dimension = view.framework.sections.find((s) => s.code === event.params.dim) as OdDimension | undefined;
	if (!dimension) notFound();
	return { user, view, dimension };
}

export const load = (async (event) => {
	const { user, view, dimension } = await dimensionOf(event);
	return { model: dimensionPage(getDb(), user, view, dimension, locale()) };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, view, dimension } = await dimensionOf(event);
		const form = await event.request.formData();
		const coreIssues: Record<string, string> = {};
		for (const ci of dimension.coreIssues) {
			const v = form.get(`core.${ci.code}`);
			if (typeof v === 'string' && v) coreIssues[ci.code] = v;
		}
		const redTriggers = form.getAll('trigger').filter((v): v is string => typeof v === 'string');
		const colour = typeof form.get('colour') === 'string' && form.get('colour') ? String(form.get('colour')) : null;
		const justification = normaliseText(String(form.get('justification') ?? ''), { multiline: true }).slice(0, 5000) || null;
		const values = { coreIssues, redTriggers, colour, justification };
		try {
			const outcome = await saveDimensionAssessment(getDb(), user, view.assessment.id, {
				dimensionCode: dimension.code,
				source: dimensionSourceFor(user),
				coreIssues,
				redTriggers,
				colour,
				justification,
				baseVersion: Number(form.get('baseVersion') ?? 0) || 0
			});
			if (outcome.status === 'conflict') return formFailure(409, { form: 'dimension', values, errors: { _form: m.dimension_conflict() } });
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: 'dimension', values, errors: { [e.field === 'justification' ? 'justification' : '_form']: translate(e.key, e.params) } });
			throw e;
		}
		return formSuccess(colour ? m.dimension_saved_confirmed() : m.dimension_saved(), 'dimension');
	}
} satisfies Actions;
