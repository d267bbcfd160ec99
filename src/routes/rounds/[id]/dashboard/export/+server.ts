import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { download } from '$lib/server/exports';
import { exportDashboard } from '$lib/server/services/exports';
import { DomainError } from '$lib/server/services/errors';
import { locale } from '$lib/i18n';
import { dashboardExportSchema, queryObject } from '$lib/domain/validation/exports';

/**
 * The data behind the comparative dashboard as CSV or XLSX, with the dashboard's filters:
 * `?framework=…&view=heatmap|distribution|gaps&format=csv|xlsx&kind=…&region=…&status=…&source=…&order=…`.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'committee', 'admin');
	const query = dashboardExportSchema.safeParse(queryObject(event.url.searchParams));
	if (!query.success) error(400, { message: 'invalid_request' });
	try {
		const file = await exportDashboard(getDb(), user, Number(event.params.id), query.data, locale());
		return download(file.body, file.format, file.fileName);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: e.key });
		throw e;
	}
};
