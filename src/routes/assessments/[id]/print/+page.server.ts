import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { printModel } from '$lib/server/services/print';
import { locale } from '$lib/i18n';

/** The A4 paper questionnaire: no JavaScript. */
export const csr = false;

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	const blank = event.url.searchParams.get('blank') === '1';
	return {
		/** Every question with its choices, blank or with the current answers of the person's own source. */
		print: printModel(getDb(), user, view, locale(), blank),
		printedAt: Date.now(),
		/** Set when a PDF was asked for and this server has no Chromium. */
		pdfUnavailable: event.url.searchParams.get('pdf') === 'unavailable'
	};
}) satisfies PageServerLoad;
