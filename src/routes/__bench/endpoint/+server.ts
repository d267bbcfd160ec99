import { json, type RequestHandler } from '@sveltejs/kit';
import { benchEnabled } from '$lib/server/bench/flag';

/** The trivial endpoint the benchmark measures the autosave against (404 unless SANSANG_BENCH=1). */
export const POST: RequestHandler = async ({ request }) => {
	if (!benchEnabled()) return json({ status: 'not_found' }, { status: 404 });
	await request.text();
	return json({ status: 'ok' });
};
