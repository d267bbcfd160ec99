/**
 * Steps every report route repeats: the id from the URL, the report (404 when absent) and whether this
 * person may read it — signed-out readers are sent to sign in, others refused with 403.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { DbOrTx } from './audit';
import { forbidden, notFound, requireUser } from './auth/guards';
import { idParam } from './fieldwork-routes';
import { getReport, reportAccess, type ReportAccess } from './services/reports';
import type { ReportRow } from './services/report-model';

export function readableReport(db: DbOrTx, event: Pick<RequestEvent, 'locals' | 'url' | 'params'>): { report: ReportRow; access: ReportAccess } {
	const report = getReport(db, idParam(event.params.id ?? ''));
	if (!report) notFound();
	const user = event.locals.user ?? null;
	const access = reportAccess(db, user as Parameters<typeof reportAccess>[1], report);
	if (!access.read) {
		requireUser(event);
		forbidden();
	}
	return { report, access };
}
