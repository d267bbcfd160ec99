import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { roundList } from '$lib/server/services/rounds';
import { canManageRounds } from '$lib/domain/access';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const user = requireUser(event);
	return {
		/** Rounds this person may see, newest first, named in the reader's language. */
		rounds: await roundList(getDb(), user, locale()),
		/** Committee reviewers and administrators create rounds. */
		manage: canManageRounds(user),
		role: user.role
	};
}) satisfies PageServerLoad;
