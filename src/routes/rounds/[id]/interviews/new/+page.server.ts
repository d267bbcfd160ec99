import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { forbidden, requireRole } from '$lib/server/auth/guards';
import { formFailure, parseForm } from '$lib/server/forms';
import { refusal, roundOr404 } from '$lib/server/fieldwork-routes';
import { interviewFormOptions, mayOpenInterviews } from '$lib/server/services/fieldwork';
import { saveInterview } from '$lib/server/services/interviews';
import { interviewSchema } from '$lib/domain/validation/interviews';
import { vietnamDay } from '$lib/domain/text';
import { locale } from '$lib/i18n';

const arrays = ['organisationIds', 'teamMemberIds', 'sections'] as const;

export const load = (async (event) => {
	const user = requireRole(event, 'assessor', 'committee');
	const db = getDb();
	const fr = await roundOr404(db, event.params.id, locale());
	const options = interviewFormOptions(db, user, fr, locale());
	if (!options.organisations.length) forbidden();
	const onlyOne = options.organisations.length === 1 ? [options.organisations[0].id] : [];
	return {
		round: { id: fr.round.id, name: fr.name },
		/** Organisations, team members and sections to choose from. */
		options,
		/** A new record starts today, with its author present and their only organisation ticked. */
		initial: { date: vietnamDay(new Date()), organisationIds: onlyOne, teamMemberIds: options.teamMembers.some((t) => t.id === user.id) ? [user.id] : [], sections: [] }
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireRole(event, 'assessor', 'committee');
		const db = getDb();
		const fr = await roundOr404(db, event.params.id, locale());
		if (!mayOpenInterviews(db, user, fr.round.id)) forbidden();
		const parsed = parseForm(interviewSchema, await event.request.formData(), { arrays });
		if (!parsed.ok) return formFailure(400, parsed);
		let id: number;
		try {
			id = await saveInterview(db, user, fr.round.id, null, parsed.data);
		} catch (e) {
			return refusal(e, undefined, parsed.data);
		}
		redirect(303, `/rounds/${fr.round.id}/interviews/${id}?created=1`);
	}
} satisfies Actions;
