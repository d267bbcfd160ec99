import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { homeFor } from '$lib/server/services/home';
import { locale } from '$lib/i18n';

export const load = (async ({ locals }) => {
	return {
		/** What this person's home page shows; its shape depends on the role. */
		home: await homeFor(getDb(), locals.user, locale())
	};
}) satisfies PageServerLoad;
