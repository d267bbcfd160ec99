import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { formFailure } from '$lib/server/forms';
import { createRound } from '$lib/server/services/rounds';
import { vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';
import { parseRoundForm, roundFormChoices, roundFormRefusal } from '../round-form.server';

export const load = (async (event) => {
	requireRole(event, 'admin', 'committee');
	const choices = await roundFormChoices(getDb(), locale());
	const newest = (kind: string) => choices.frameworks.find((f) => f.kind === kind)?.id ?? '';
	return {
		...choices,
		/** A new round: this year, the newest version of each framework, blind, self-evaluation first. */
		defaults: {
			year: vietnamDay(new Date()).slice(0, 4),
			framework_dg: newest('dg'),
			framework_od: newest('od'),
			mode: 'self_then_validation',
			blind: true,
			organisationIds: []
		} as Record<string, unknown>
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const actor = requireRole(event, 'admin', 'committee');
		const { parsed, raw } = parseRoundForm(await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		let id: number;
		try {
			id = await createRound(getDb(), actor, parsed.data);
		} catch (e) {
			return roundFormRefusal(e, raw);
		}
		redirect(303, `/rounds/${id}?created=1`);
	}
} satisfies Actions;
