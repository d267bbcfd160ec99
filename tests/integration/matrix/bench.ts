import { everyone, type MatrixEntry } from './types';

/**
 * The benchmark's own routes (`npm run bench`): they exist only when the server runs with SANSANG_BENCH=1,
 * so against an ordinary server every person gets 404.
 */
export const benchEntries: MatrixEntry[] = [
	{ route: '/__bench/ssr', method: 'GET', path: () => '/__bench/ssr', expect: everyone(404) },
	{ route: '/__bench/endpoint', method: 'POST', path: () => '/__bench/endpoint', json: () => ({ ping: 1 }), expect: everyone(404) },
	{ route: '/__bench/event-loop', method: 'GET', path: () => '/__bench/event-loop', expect: everyone(404) }
];
