import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { formFailure } from '$lib/server/forms';
import { refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { organisationNames } from '$lib/server/services/fieldwork';
import { createReport, roundReports } from '$lib/server/services/reports';
import { compareNames } from '$lib/domain/text';
import { locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const list = roundReports(db, user, fr.round.id);
	const names = organisationNames(db, fr.round, list.agencies.map((a) => a.organisationId), locale());
	return {
		round: { id: fr.round.id, name: fr.name, status: fr.round.status },
		national: list.national,
		agencies: list.agencies.map((a) => ({ ...a, name: names.get(a.organisationId) ?? '—' })).sort((a, b) => compareNames(a.name, b.name, locale()))
	};
}) satisfies PageServerLoad;

const createSchema = z.object({ kind: z.enum(['agency', 'national']), organisation: z.coerce.number().int().positive().optional() });

export const actions = {
	create: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const fr = await roundOr404(db, event.params.id, locale());
		const raw = Object.fromEntries((await event.request.formData()).entries());
		const parsed = createSchema.safeParse(raw);
		const form = `create-${String(raw.organisation ?? 'national')}`;
		if (!parsed.success || (parsed.data.kind === 'agency' && !parsed.data.organisation)) return formFailure(400, { form, errors: { _form: m.error_invalid_value() } });
		let id: number;
		try {
			id = await createReport(db, user, parsed.data.kind, fr.round.id, parsed.data.kind === 'agency' ? parsed.data.organisation! : null);
		} catch (e) {
			return refusal(e, form, {});
		}
		redirect(303, `/reports/${id}?created`);
	}
} satisfies Actions;
