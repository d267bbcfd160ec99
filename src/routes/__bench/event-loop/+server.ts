import { json, type RequestHandler } from '@sveltejs/kit';
import { benchEnabled, eventLoopDelay } from '$lib/server/bench/flag';

/** Event-loop delay of this server since the last `?reset=1` (404 unless SANSANG_BENCH=1). */
export const GET: RequestHandler = ({ url }) => {
	if (!benchEnabled()) return json({ status: 'not_found' }, { status: 404 });
	return json(eventLoopDelay(url.searchParams.get('reset') === '1'), { headers: { 'Cache-Control': 'no-store' } });
};
