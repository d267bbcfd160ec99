import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess, formToObject, parseForm } from '$lib/server/forms';
import { refusal } from '$lib/server/fieldwork-routes';
import { readableReport } from '$lib/server/report-routes';
import { addReportItem, moveReportItem, removeReportItem, reportItemRows, reportModelOf, updateReportItem } from '$lib/server/services/reports';
import { itemAddSchema, itemFromPassage, itemUpdateSchema } from '$lib/domain/validation/reports';
import { locale } from '$lib/i18n';

/** A draft this person may edit; a final report sends them back to the document. */
function editable(event: RequestEvent) {
	const user = requireUser(event);
	const db = getDb();
	const { report, access } = readableReport(db, event);
	if (report.status !== 'draft') redirect(303, `/reports/${report.id}`);
	if (!access.edit) forbidden();
	return { user, db, report };
}

export const load = (async (event) => {
	const { db, report } = editable(event);
	const model = await reportModelOf(db, report);
	const lang = locale();
	const sections = model.frameworks.flatMap((f) => f.sections.map((s) => ({ code: s.code, title: `${s.code} ${s.title[lang]}` })));
	return {
		report: { id: report.id, kind: report.kind, roundId: report.roundId, revision: report.revision },
		subject: model.organisation ? model.organisation.name[lang] : model.round.name[lang],
		sections,
		items: reportItemRows(db, report.id)
	};
}) satisfies PageServerLoad;

const idSchema = z.object({ item: z.coerce.number().int().positive(), direction: z.enum(['up', 'down']).optional() });

export const actions = {
	save: async (event) => {
		const { user, db, report } = editable(event);
		const form = await event.request.formData();
		const raw = formToObject(form);
		const name = `item-${String(raw.item ?? '')}`;
		const parsed = parseForm(itemUpdateSchema, form);
		if (!parsed.ok) return formFailure(400, { ...parsed, form: name });
		const row = reportItemRows(db, report.id).find((i) => i.id === parsed.data.item);
		try {
			await updateReportItem(db, user, report.id, parsed.data.item, { ...itemFromPassage(row?.kind ?? '', parsed.data), baseVersion: parsed.data.baseVersion });
		} catch (e) {
			return refusal(e, name, raw);
		}
		return formSuccess(m.report_item_saved(), name);
	},
	move: async (event) => {
		const { user, db, report } = editable(event);
		const parsed = idSchema.safeParse(formToObject(await event.request.formData()));
		if (!parsed.success || !parsed.data.direction) return formFailure(400, { form: 'list', errors: { _form: m.error_invalid_value() } });
		try {
			await moveReportItem(db, user, report.id, parsed.data.item, parsed.data.direction);
		} catch (e) {
			return refusal(e, 'list', {});
		}
		return formSuccess('', `moved-${parsed.data.item}`);
	},
	remove: async (event) => {
		const { user, db, report } = editable(event);
		const parsed = idSchema.safeParse(formToObject(await event.request.formData()));
		if (!parsed.success) return formFailure(400, { form: 'list', errors: { _form: m.error_invalid_value() } });
		try {
			await removeReportItem(db, user, report.id, parsed.data.item);
		} catch (e) {
			return refusal(e, 'list', {});
		}
		return formSuccess(m.report_item_removed(), 'list');
	},
	add: async (event) => {
		const { user, db, report } = editable(event);
		const form = await event.request.formData();
		const parsed = parseForm(itemAddSchema, form);
		if (!parsed.ok) return formFailure(400, { ...parsed, form: 'add' });
		const model = await reportModelOf(db, report);
		const known = model.frameworks.some((f) => f.sections.some((s) => s.code === parsed.data.section));
		if (!known) return formFailure(400, { form: 'add', values: formToObject(form), errors: { section: m.error_invalid_choice() } });
		try {
			await addReportItem(db, user, report.id, { section: parsed.data.section, kind: parsed.data.kind, ...itemFromPassage(parsed.data.kind, parsed.data) });
		} catch (e) {
			return refusal(e, 'add', formToObject(form));
		}
		return formSuccess(m.report_item_added(), 'add');
	}
} satisfies Actions;
