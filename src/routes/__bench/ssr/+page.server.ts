import type { PageServerLoad } from './$types';
import { requireBench } from '$lib/server/bench/flag';

/** The trivial SSR page the benchmark measures pages against (404 unless SANSANG_BENCH=1). */
export const load = (() => {
	requireBench();
	return { text: 'ok' };
}) satisfies PageServerLoad;
