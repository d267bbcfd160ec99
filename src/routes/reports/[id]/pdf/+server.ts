import { redirect, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readableReport } from '$lib/server/report-routes';
import { reportModelOf } from '$lib/server/services/reports';
import { chromiumPath, internalOrigin, renderPdf } from '$lib/server/services/pdf';
import { download, safeFileName } from '$lib/server/exports';
import { locale } from '$lib/i18n';

/**
 * The report as PDF: Chromium prints the report page with this person's own session, so the PDF shows
 * exactly what they may read, in their language. Without Chromium (or when it fails) the person goes back to
 * the report, which says so and how to print it from the browser instead.
 */
export const GET: RequestHandler = async (event) => {
	const db = getDb();
	const { report } = readableReport(db, event);
	const model = await reportModelOf(db, report);
	const lang = locale();
	const cookies = event.cookies.getAll().map(({ name, value }) => ({ name, value }));
	let pdf: Buffer | null;
	try {
		pdf = await renderPdf(`${internalOrigin(event.url.origin)}/reports/${report.id}`, cookies, lang);
	} catch (e) {
		console.error('pdf', e);
		pdf = null;
	}
	// Back to the report, which says why (no Chromium here, or it failed) and how to print instead.
	if (!pdf) redirect(303, `/reports/${report.id}?pdf=${chromiumPath() ? 'failed' : 'unavailable'}`);
	const subject = model.organisation ? model.organisation.name[lang] : model.round.name[lang];
	const name = safeFileName([lang === 'vi' ? 'bao-cao' : 'report', subject, `r${report.revision}`, report.status === 'draft' ? (lang === 'vi' ? 'du-thao' : 'draft') : ''], 'pdf');
	return download(pdf, 'pdf', name);
};
