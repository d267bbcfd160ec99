import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { formFailure } from '$lib/server/forms';
import { getRound, roundFrameworkIds, roundOrganisationIds } from '$lib/server/repositories/rounds';
import { roundName, updateRound } from '$lib/server/services/rounds';
import { locale } from '$lib/i18n';
import { parseRoundForm, roundFormChoices, roundFormRefusal } from '../../round-form.server';

function draftRound(raw: string) {
	const id = Number(raw);
	const round = Number.isSafeInteger(id) && id > 0 ? getRound(getDb(), id) : null;
	if (!round) notFound();
	return round;
}

export const load = (async (event) => {
	requireRole(event, 'admin', 'committee');
	const db = getDb();
	const round = draftRound(event.params.id);
	// The scope is fixed once assessments exist.
	if (round.status !== 'draft') error(409, { message: 'round_not_draft' });
	const choices = await roundFormChoices(db, locale());
	const frameworkIds = roundFrameworkIds(db, round.id);
	const kindOf = new Map(choices.frameworks.map((f) => [f.id, f.kind]));
	const current: Record<string, unknown> = {
		nameVi: round.nameVi,
		nameEn: round.nameEn ?? '',
		year: String(round.year),
		mode: round.mode,
		blind: round.blind,
		selfDeadline: round.selfDeadline ?? '',
		reviewDeadline: round.reviewDeadline ?? '',
		organisationIds: roundOrganisationIds(db, round.id).map(String),
		framework_dg: '',
		framework_od: ''
	};
	for (const id of frameworkIds) current[`framework_${kindOf.get(id)}`] = id;
	return { ...choices, round: { id: round.id, name: roundName(round, locale()) }, current };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const actor = requireRole(event, 'admin', 'committee');
		const round = draftRound(event.params.id);
		if (round.status !== 'draft') return formFailure(409, { errors: { _form: m.error_round_not_draft() } });
		const { parsed, raw } = parseRoundForm(await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		try {
			await updateRound(getDb(), actor, round.id, parsed.data);
		} catch (e) {
			return roundFormRefusal(e, raw);
		}
		redirect(303, `/rounds/${round.id}?saved=1`);
	}
} satisfies Actions;
