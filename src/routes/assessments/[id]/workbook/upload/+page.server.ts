import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { formFailure, formSuccess, formToObject, translate } from '$lib/server/forms';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { canWriteOwnSource, editSourceFor } from '$lib/server/services/questionnaire';
import { pendingOf, resolveConflict, uploadWorkbook, workbookSourceFor } from '$lib/server/services/workbook';
import { DomainError } from '$lib/server/services/errors';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	const source = workbookSourceFor(user, view);
	return {
		/** Whose answers the person's workbook holds; null for administrators (print only). */
		source,
		/** Whether an upload would be applied now (the person writes that source in this status). */
		writable: !!source && editSourceFor(user, view) === source && canWriteOwnSource(user, view)
	};
}) satisfies PageServerLoad;

type Event = Parameters<typeof requireAssessment>[0];

/** The person may write their own source now; otherwise 403 before the body is read. */
async function writer(event: Event) {
	const { user, view } = await requireAssessment(event);
	const source = editSourceFor(user, view);
	return { user, view, allowed: !!source && workbookSourceFor(user, view) === source && canWriteOwnSource(user, view) };
}

async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

const refusal = (form: string, e: DomainError) => formFailure(e.status, { form, errors: { _form: translate(e.key, e.params) } });

export const actions = {
	/** A filled-in workbook (multipart): refused whole with precise problems, or applied with a summary. */
	upload: async (event) => {
		const { user, view, allowed } = await writer(event);
		if (!allowed) return formFailure(403, { form: 'upload', errors: { _form: m.error_not_allowed_to_save() } });
		const form = await readForm(event.request);
		const file = form?.get('file');
		if (!(file instanceof File) || file.size === 0) return formFailure(400, { form: 'upload', errors: { file: m.workbook_error_no_file() } });
		try {
			const result = await uploadWorkbook(getDb(), user, view, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, locale());
			if (result.status === 'refused') return formFailure<{ problems: string[] }>(400, { form: 'upload', errors: { _form: m.workbook_refused({ count: result.problems.length }) } }, { problems: result.problems });
			const done = m.workbook_summary({ updated: result.updated, conflicts: result.conflicts.length, unchanged: result.unchanged });
			return { ...formSuccess(done, 'upload'), conflicts: result.conflicts, pending: JSON.stringify(pendingOf(result.conflicts)) };
		} catch (e) {
			if (e instanceof DomainError) return refusal('upload', e);
			throw e;
		}
	},
	/** One decision on one conflict, carrying the others along (works without JavaScript). */
	resolve: async (event) => {
		const { user, view, allowed } = await writer(event);
		if (!allowed) return formFailure(403, { form: 'resolve', errors: { _form: m.error_not_allowed_to_save() } });
		const raw = formToObject((await readForm(event.request)) ?? new FormData());
		const decision = raw.decision === 'keep' || raw.decision === 'theirs' ? raw.decision : null;
		const code = String(raw.code ?? '');
		if (!decision) return formFailure(400, { form: 'resolve', errors: { _form: m.error_invalid_value() } });
		try {
			const result = await resolveConflict(getDb(), user, view, { pending: String(raw.pending ?? ''), code, decision });
			const done = decision === 'theirs' ? m.workbook_took_theirs({ code }) : result.kept ? m.workbook_kept_mine({ code }) : m.workbook_changed_again({ code });
			return { ...formSuccess(done, 'resolve'), conflicts: result.conflicts, pending: JSON.stringify(pendingOf(result.conflicts)) };
		} catch (e) {
			if (e instanceof DomainError) return refusal('resolve', e);
			throw e;
		}
	}
} satisfies Actions;
