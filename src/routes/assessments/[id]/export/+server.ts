import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { download } from '$lib/server/exports';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { exportAssessment } from '$lib/server/services/exports';
import { locale } from '$lib/i18n';
import { assessmentExportSchema, queryObject } from '$lib/domain/validation/exports';

/**
 * One assessment as CSV (`?table=questions|results`) or XLSX (every table), showing what the review
 * screen would show this person: only the sources they may see, the blind rule applied.
 */
export const GET: RequestHandler = async (event) => {
	const { user, view } = await requireAssessment(event);
	const query = assessmentExportSchema.safeParse(queryObject(event.url.searchParams));
	if (!query.success) error(400, { message: 'invalid_request' });
	const file = await exportAssessment(getDb(), user, view, query.data, locale());
	return download(file.body, file.format, file.fileName);
};
