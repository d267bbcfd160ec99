import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isDemoDatabase } from '$lib/server/services/startup';
import { countUnread, remindDeadlines } from '$lib/server/services/notifications';

export const load = (({ locals, url }) => {
	const user = locals.user;
	// The home page looks for this person's deadlines three days away (besides the hourly timer); done here,
	// before counting, so that the header's count already includes what it finds.
	if (user && url.pathname === '/') remindDeadlines(getDb(), new Date(), { only: user });
	return {
		/** The signed-in person (identity only), or null. */
		user: user ? { id: user.id, name: user.name, role: user.role, isLead: user.isLead, organisationId: user.organisationId } : null,
		/** This database holds demo data: show the banner. */
		demo: isDemoDatabase(getDb()),
		/** Unread notifications of the signed-in person, for the header (one COUNT on an index). */
		unread: user ? countUnread(getDb(), user.id) : 0,
		/** Path and query of this page, to come back to after switching language. */
		here: url.pathname + url.search
	};
}) satisfies LayoutServerLoad;
