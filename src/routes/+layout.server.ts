import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isDemoDatabase } from '$lib/server/services/startup';

export const load = (({ locals, url }) => {
	const user = locals.user;
	return {
		/** The signed-in person (identity only), or null. */
		user: user ? { id: user.id, name: user.name, role: user.role, isLead: user.isLead, organisationId: user.organisationId } : null,
		/** This database holds demo data: show the banner. */
		demo: isDemoDatabase(getDb()),
		/** Path and query of this page, to come back to after switching language. */
		here: url.pathname + url.search
	};
}) satisfies LayoutServerLoad;
