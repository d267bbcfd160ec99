import { json, type RequestHandler } from '@sveltejs/kit';
import { getDb, migrationStatus } from '$lib/server/db';

/** For monitoring behind a proxy: is the database reachable, are migrations current? */
export const GET: RequestHandler = () => {
	try {
		const db = getDb();
		db.$client.prepare('SELECT 1').get();
		const migrations = migrationStatus(db);
		const ok = migrations.current;
		return json(
			{ status: ok ? 'ok' : 'migrations_pending', database: 'reachable', migrations },
			{ status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } }
		);
	} catch {
		return json({ status: 'error', database: 'unreachable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
	}
};
