import { describe, expect, it } from 'vitest';
import { DemoClock, mulberry32, Rng, vietnamInstant } from './demo-random';

describe('the demo PRNG', () => {
	it('repeats the same sequence for the same seed, and another for another seed', () => {
		const a = mulberry32(2026);
		const b = mulberry32(2026);
		const first = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(first);
		expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mulberry32(2027)()).not.toBe(first[0]);
		expect(new Rng('bo-tai-chinh').float()).toBe(new Rng('bo-tai-chinh').float());
		expect(new Rng('bo-tai-chinh').float()).not.toBe(new Rng('da-nang').float());
	});

	it('samples distinct items in their original order', () => {
		const rng = new Rng(1);
		const picked = rng.sample(['a', 'b', 'c', 'd', 'e'], 3);
		expect(picked).toHaveLength(3);
		expect([...picked].sort()).toEqual(picked);
	});
});

describe('the demo clock', () => {
	it('moves forward through office hours on working days, skipping the National Day holiday', () => {
		const clock = new DemoClock(new Rng(7), '2026-09-01');
		expect(clock.day).toBe('2026-09-03');
		let last = clock.now.getTime();
		for (let i = 0; i < 90; i++) {
			const at = i % 3 === 0 ? clock.after(1, 2) : i % 3 === 1 ? clock.soon() : clock.tick();
			expect(at.getTime()).toBeGreaterThan(last);
			last = at.getTime();
			const local = new Date(at.getTime() + 7 * 3600_000);
			const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
			expect([0, 6]).not.toContain(local.getUTCDay());
			expect(minutes >= 8 * 60 && minutes < 17 * 60 + 30).toBe(true);
			expect(minutes >= 11 * 60 + 50 && minutes < 13 * 60 + 30).toBe(false);
		}
	});

	it('refuses to run past 20 November 2026', () => {
		const clock = new DemoClock(new Rng(7), '2026-11-19');
		expect(() => clock.after(3, 3)).toThrow(/past 2026-11-20/);
	});

	it('keeps the 2018 round in its own window, skipping the Tết break of 2019', () => {
		const clock = new DemoClock(new Rng(7), '2019-02-01', 8, '2019-02-28');
		expect(clock.day).toBe('2019-02-01');
		clock.after(1, 1);
		expect(clock.day).toBe('2019-02-11');
		expect(() => clock.after(20, 20)).toThrow(/past 2019-02-28/);
	});

	it('reads Vietnam wall-clock times as UTC+7', () => {
		expect(vietnamInstant('2026-10-05', 9, 30).toISOString()).toBe('2026-10-05T02:30:00.000Z');
	});
});
