import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess } from '$lib/server/forms';
import { backupDir, backupNow, listBackups } from '$lib/server/services/backup';
import { formatBytes } from '$lib/domain/sizes';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	return {
		/** Backups in the folder, newest first: name, size in bytes, time made. */
		backups: listBackups(),
		/** Where they are kept on the server. */
		dir: backupDir()
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const actor = requireRole(event, 'admin');
		try {
			const backup = await backupNow(getDb(), actor.id);
			return formSuccess(m.backups_created({ name: backup.name, size: formatBytes(backup.size, locale()) }));
		} catch (e) {
			console.error('backup failed', e);
			return formFailure(500, { errors: { _form: m.backups_failed({ reason: e instanceof Error ? e.message : String(e) }) } });
		}
	}
} satisfies Actions;
