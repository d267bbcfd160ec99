import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireUser } from '$lib/server/auth/guards';
import { formFailure, formSuccess, parseForm } from '$lib/server/forms';
import { countUnread, listNotifications, markAllRead, markRead } from '$lib/server/services/notifications';
import { markReadSchema } from '$lib/domain/validation/notifications';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	return {
		/** This person's notifications, newest first, written in the page's language. */
		notifications: listNotifications(db, user, locale()),
		/** How many of them are unread. */
		unread: countUnread(db, user.id)
	};
}) satisfies PageServerLoad;

export const actions = {
	read: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(markReadSchema, await event.request.formData());
		if (!parsed.ok) return formFailure(400, parsed);
		// Another person's notification is answered exactly like one that does not exist.
		if (!markRead(getDb(), user, parsed.data.id)) notFound();
		return formSuccess(m.notifications_marked_read());
	},
	readAll: async (event) => {
		const user = requireUser(event);
		return formSuccess(m.notifications_marked_all_read({ count: markAllRead(getDb(), user) }));
	}
} satisfies Actions;
