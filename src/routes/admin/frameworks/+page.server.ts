import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getFramework, importFramework, listFrameworks } from '$lib/server/repositories/frameworks';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const rows = await listFrameworks(db);
	const versions = [];
	for (const row of rows) {
		const fw = await getFramework(db, row.id);
		versions.push({ ...row, title: fw?.title ?? null });
	}
	return { versions };
}) satisfies PageServerLoad;

export const actions = {
	import: async (event) => {
		const actor = requireRole(event, 'admin');
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { issues: [{ path: 'file', message: m.framework_import_no_file() }] });
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { issues: [{ path: 'file', message: m.framework_import_too_large() }] });
		const result = await importFramework(getDb(), actor.id, (await file.text()).normalize('NFC'));
		if (!result.ok) return fail(400, { issues: result.issues });
		return { imported: result.id };
	}
} satisfies Actions;
