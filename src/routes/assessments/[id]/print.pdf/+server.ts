import { redirect, type RequestHandler } from '@sveltejs/kit';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { internalOrigin, renderPdf } from '$lib/server/services/pdf';
import { safeFileName } from '$lib/server/exports';
import { locale } from '$lib/i18n';

/**
 * The paper questionnaire as PDF: Chromium prints this app's own print page with the person's cookies, so
 * the PDF holds exactly what they may read. Without Chromium the print page says so and offers the
 * browser's own "Save as PDF".
 */
export const GET: RequestHandler = async (event) => {
	const { view } = await requireAssessment(event);
	const blank = event.url.searchParams.get('blank') === '1';
	const lang = locale();
	const path = `/assessments/${view.assessment.id}/print${blank ? '?blank=1' : ''}`;
	// A failed print (Chromium crashed, page refused) sends the person back to the page, which still prints from the browser.
	const pdf = await renderPdf(`${internalOrigin(event.url.origin)}${path}`, event.cookies.getAll(), lang).catch(() => null);
	if (!pdf) redirect(303, `/assessments/${view.assessment.id}/print?${blank ? 'blank=1&' : ''}pdf=unavailable`);
	const fileName = safeFileName(['sansang', view.round.year, view.organisation.code, view.framework.id, blank ? 'blank' : 'answers'], 'pdf');
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Length': String(pdf.byteLength),
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'no-store'
		}
	});
};
