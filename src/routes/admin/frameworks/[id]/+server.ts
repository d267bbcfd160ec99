import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getFrameworkJson } from '$lib/server/repositories/frameworks';

/** Export of one version as JSON (the same text that an import accepts). */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const json = await getFrameworkJson(getDb(), event.params.id ?? '');
	if (!json) error(404, { message: 'not_found' });
	return new Response(json, {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${event.params.id}.json"`
		}
	});
};
