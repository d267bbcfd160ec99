import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, requireUser, type AuthedUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess, translate } from '$lib/server/forms';
import { DomainError } from '$lib/server/services/errors';
import { canCreateReport, createReport, freezeReport, reportModelOf } from '$lib/server/services/reports';
import { readableReport } from '$lib/server/report-routes';
import { chromiumPath } from '$lib/server/services/pdf';
import { locale } from '$lib/i18n';

/** The report as a document: drawn on the server, no JavaScript, prints on A4. */
export const csr = false;

export const load = (async (event) => {
	const db = getDb();
	const { report, access } = readableReport(db, event);
	const model = await reportModelOf(db, report);
	return {
		report: { id: report.id, kind: report.kind, roundId: report.roundId, status: report.status, revision: report.revision },
		model,
		lang: locale(),
		canEdit: access.edit,
		/** Someone who may edit may also start the next draft once this one is final. */
		canStartDraft: report.status === 'final' && !!event.locals.user && canCreateReport(db, event.locals.user as AuthedUser, report.kind, report.roundId, report.organisationId),
		pdf: chromiumPath() !== null,
		created: event.url.searchParams.has('created'),
		pdfProblem: event.url.searchParams.get('pdf') === 'failed' ? 'failed' : event.url.searchParams.get('pdf') === 'unavailable' ? 'unavailable' : null,
		signedIn: !!event.locals.user
	};
}) satisfies PageServerLoad;

function refused(e: unknown, form: string) {
	if (e instanceof DomainError) return formFailure(e.status, { form, errors: { _form: translate(e.key, e.params) } });
	throw e;
}

export const actions = {
	freeze: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const { report, access } = readableReport(db, event);
		if (!access.edit && report.status === 'draft') forbidden();
		try {
			await freezeReport(db, user, report.id);
		} catch (e) {
			return refused(e, 'freeze');
		}
		return formSuccess(m.report_frozen(), 'freeze');
	},
	draft: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const { report } = readableReport(db, event);
		let id: number;
		try {
			id = await createReport(db, user, report.kind as 'agency' | 'national', report.roundId, report.organisationId);
		} catch (e) {
			if (e instanceof DomainError && e.key === 'error_report_draft_exists' && typeof e.params.id === 'number') redirect(303, `/reports/${e.params.id}/edit`);
			return refused(e, 'draft');
		}
		redirect(303, `/reports/${id}/edit`);
	}
} satisfies Actions;
