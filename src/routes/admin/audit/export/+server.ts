import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { download, safeFileName } from '$lib/server/exports';
import { auditCsv, auditFilterOf } from '$lib/server/services/audit-log';
import { auditFilterSchema } from '$lib/domain/validation/audit';
import { queryObject } from '$lib/domain/validation/exports';
import { vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';

/** The audit log as CSV with the viewer's filters: `?user=…&organisation=…&entity=…&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const parsed = auditFilterSchema.safeParse(queryObject(event.url.searchParams));
	if (!parsed.success) error(400, { message: 'invalid_request' });
	const csv = await auditCsv(getDb(), auditFilterOf(parsed.data), locale());
	return download(csv, 'csv', safeFileName(['sansang-audit', vietnamDay(new Date())], 'csv'));
};
