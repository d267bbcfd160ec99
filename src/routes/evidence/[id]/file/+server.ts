import { type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { notFound, requireUser } from '$lib/server/auth/guards';
import { evidenceFile } from '$lib/server/services/evidence';

/**
 * Downloads an evidence document: always as an attachment with a server-chosen name (never rendered in
 * the app's origin), only for people who may see that evidence.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id <= 0) notFound();
	const file = await evidenceFile(getDb(), user, id);
	if (!file) notFound();
	return new Response(new Uint8Array(file.data), {
		headers: {
			'Content-Type': file.mime,
			'Content-Length': String(file.size),
			'Content-Disposition': `attachment; filename="evidence-${id}.${file.extension}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'no-store'
		}
	});
};
