/**
 * The benchmark's own routes (`/__bench/…`) exist only when the server was started with `SANSANG_BENCH=1`
 * (`npm run bench` does that); everywhere else they answer 404 like any unknown path.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { error } from '@sveltejs/kit';

export function benchEnabled(): boolean {
	return process.env.SANSANG_BENCH === '1';
}

export function requireBench(): void {
	if (!benchEnabled()) error(404, 'not_found');
}

let histogram: IntervalHistogram | undefined;

/** Event-loop delay since the last reset (BUDGETS.md P6), in milliseconds. */
export function eventLoopDelay(reset: boolean) {
	if (!histogram) {
		histogram = monitorEventLoopDelay({ resolution: 5 });
		histogram.enable();
	}
	const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
	const out = {
		count: histogram.count,
		p50: ms(histogram.percentile(50)),
		p99: ms(histogram.percentile(99)),
		max: ms(histogram.max)
	};
	if (reset) histogram.reset();
	return out;
}
