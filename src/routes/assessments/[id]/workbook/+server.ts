import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { forbidden } from '$lib/server/auth/guards';
import { download } from '$lib/server/exports';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { assessmentWorkbook, workbookSourceFor } from '$lib/server/services/workbook';
import { locale } from '$lib/i18n';

/** The person's own answers of this assessment as a workbook to fill in offline (attachment). */
export const GET: RequestHandler = async (event) => {
	const { user, view } = await requireAssessment(event);
	if (!workbookSourceFor(user, view)) forbidden();
	const file = await assessmentWorkbook(getDb(), user, view, locale());
	return download(file.body, 'xlsx', file.fileName);
};
