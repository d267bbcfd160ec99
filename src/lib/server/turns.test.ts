import { describe, expect, it } from 'vitest';
import { nextTurn } from './turns';

describe('one page request starts per turn of the event loop', () => {
	it('starts waiting requests in order, one per turn, and timers run in between', async () => {
		const events: string[] = [];
		const busy = (ms: number) => {
			const end = performance.now() + ms;
			while (performance.now() < end);
		};
		await Promise.all(
			[1, 2, 3, 4].map(async (n) => {
				await nextTurn();
				events.push(`start ${n}`);
				// A timer due at once, set by the first request: started all in one batch, the other three
				// requests would run before it.
				if (n === 1) setTimeout(() => events.push('timer'), 0);
				busy(10);
			})
		);
		await new Promise((r) => setTimeout(r, 5));
		expect(events).toEqual(['start 1', 'timer', 'start 2', 'start 3', 'start 4']);
	});
});
