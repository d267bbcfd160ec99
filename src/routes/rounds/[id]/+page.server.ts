import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireRole, requireUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm, translate } from '$lib/server/forms';
import { DomainError } from '$lib/server/services/errors';
import { changeRoundStatus, roundOverview, setAssessors, setDeadlines } from '$lib/server/services/rounds';
import { assessorOptions, frameworkOptions } from '$lib/server/services/options';
import { deadlinesSchema, roundAssessorsSchema, roundTransitionSchema } from '$lib/domain/validation/rounds';
import { locale } from '$lib/i18n';

function roundId(event: Pick<RequestEvent, 'params'>): number {
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id <= 0) notFound();
	return id;
}

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const overview = await roundOverview(db, user, roundId(event), locale());
	if (!overview) notFound();
	const { createdBy: _by, createdAt: _at, updatedAt: _updated, ...settings } = overview.round;
	const pinned = new Set(overview.frameworks.map((f) => f.id));
	return {
		/** The round's settings, named in the reader's language. */
		round: { ...settings, name: overview.name },
		/** Pinned framework versions, digital government first. */
		frameworks: (await frameworkOptions(db, locale())).filter((f) => pinned.has(f.id)),
		/** Organisations this person may see here, with assessors and assessments, in alphabetical order. */
		organisations: overview.organisations,
		manage: overview.manage,
		/** Status changes this person may ask for now. */
		transitions: overview.transitions,
		/** Active assessors to choose from (committee and administrators only). */
		assessors: overview.manage ? await assessorOptions(db, locale()) : [],
		role: user.role,
		created: event.url.searchParams.has('created'),
		saved: event.url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

/** A service's refusal as the named form's answer, translated. */
function refusal(e: unknown, form: string, values: Record<string, unknown> = {}) {
	if (!(e instanceof DomainError)) throw e;
	if (e.status === 404) error(404, { message: 'not_found' });
	const field = form === 'status' ? '_form' : e.field;
	return formFailure(e.status, { form, values, errors: { [field]: translate(e.key, e.params) } });
}

const done: Record<string, () => string> = {
	open: m.rounds_done_open,
	close: m.rounds_done_close,
	reopen: m.rounds_done_reopen,
	publish: m.rounds_done_publish
};

export const actions = {
	status: async (event) => {
		const actor = requireRole(event, 'admin', 'committee');
		const parsed = parseForm(roundTransitionSchema, await event.request.formData());
		if (!parsed.ok)
			return formFailure(400, { form: 'status', errors: { _form: Object.values(parsed.errors)[0] } });
		try {
			await changeRoundStatus(getDb(), actor, roundId(event), parsed.data.transition);
		} catch (e) {
			return refusal(e, 'status');
		}
		return formSuccess(done[parsed.data.transition](), 'status');
	},
	deadlines: async (event) => {
		const actor = requireRole(event, 'admin', 'committee');
		const parsed = parseForm(deadlinesSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, { form: 'deadlines', ...parsed });
		try {
			await setDeadlines(getDb(), actor, roundId(event), parsed.data);
		} catch (e) {
			return refusal(e, 'deadlines', parsed.data);
		}
		return formSuccess(m.rounds_deadlines_saved(), 'deadlines');
	},
	assessors: async (event) => {
		const actor = requireRole(event, 'admin', 'committee');
		const parsed = parseForm(roundAssessorsSchema, await event.request.formData(), {
			arrays: ['assessorIds']
		});
		if (!parsed.ok) return formFailure(400, { form: 'assessors', ...parsed });
		const { organisationId, assessorIds } = parsed.data;
		const form = `assessors-${organisationId}`;
		try {
			await setAssessors(getDb(), actor, roundId(event), organisationId, assessorIds);
		} catch (e) {
			return refusal(e, form);
		}
		const overview = await roundOverview(getDb(), actor, roundId(event), locale());
		const organisation = overview?.organisations.find((o) => o.id === organisationId)?.name ?? '';
		return formSuccess(m.rounds_assessors_saved({ organisation }), form);
	}
} satisfies Actions;
