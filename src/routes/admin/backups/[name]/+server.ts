import type { RequestHandler } from '@sveltejs/kit';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { backupPath, recordBackupDownload } from '$lib/server/services/backup';

/** One backup file, as an attachment, streamed (a database with its evidence files can be large). */
export const GET: RequestHandler = async (event) => {
	const actor = requireRole(event, 'admin');
	const name = event.params.name ?? '';
	const found = backupPath(name);
	if (!found) notFound();
	recordBackupDownload(getDb(), actor.id, name);
	return new Response(Readable.toWeb(createReadStream(found.path)) as ReadableStream, {
		headers: {
			'Content-Type': 'application/vnd.sqlite3',
			'Content-Length': String(found.size),
			'Content-Disposition': `attachment; filename="${name}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'no-store'
		}
	});
};
