/**
 * Determinism for the demo: a seeded PRNG (mulberry32) and a clock that hands out instants in Vietnam's
 * office hours. The demo never reads Math.random or the wall clock, so every seeded database is the same.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for plausible demo data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A 32-bit seed from a text (FNV-1a), so each organisation has its own stream whatever the order. */
export function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

export class Rng {
	private readonly next: () => number;

	constructor(seed: number | string) {
		this.next = mulberry32(typeof seed === 'string' ? seedOf(seed) : seed);
	}

	float(): number {
		return this.next();
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)];
	}

	/** Roughly normal noise with mean 0 and the given spread (sum of three uniforms). */
	noise(spread: number): number {
		return (this.next() + this.next() + this.next() - 1.5) * spread;
	}

	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}

	/** `count` distinct items in their original order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, Math.max(0, count)));
		return items.filter((_, i) => chosen.has(i));
	}
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** The instant of a Vietnam wall-clock time. */
export function vietnamInstant(day: string, hour: number, minute = 0): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d, hour, minute) - VIETNAM_OFFSET_MS);
}

/** The calendar day in Vietnam of an instant, `YYYY-MM-DD`. */
export function dayOf(at: Date): string {
	return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Public holidays inside the demo's two windows: National Day 2018 (observed on Monday 3 September), New
 * Year's Day and the Tết break of 2019 (2–10 February), National Day 2026 and the day before it.
 */
const HOLIDAYS = new Set([
	'2018-09-03',
	'2019-01-01',
	...Array.from({ length: 9 }, (_, i) => `2019-02-${String(2 + i).padStart(2, '0')}`),
	'2026-09-01',
	'2026-09-02'
]);

export function isWorkingDay(day: string): boolean {
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}

/** First and last instant the demo's work may carry (the brief's window: 1 September – 20 November 2026). */
export const DEMO_FIRST_DAY = '2026-09-01';
export const DEMO_LAST_DAY = '2026-11-20';

/**
 * Hands out increasing instants in office hours (08:00–11:30, 13:30–17:00, Monday to Friday), moving on by
 * a number of working days each time. Throws past the demo window, so a plan that does not fit is noticed.
 */
export class DemoClock {
	private current: Date;
	private readonly lastInstant: Date;

	/** `lastDay`: the end of the window (the 2026 round's by default; the 2018 round has its own). */
	constructor(
		private readonly rng: Rng,
		startDay: string,
		hour = 8,
		private readonly lastDay = DEMO_LAST_DAY
	) {
		this.lastInstant = vietnamInstant(lastDay, 17, 30);
		let day = startDay;
		while (!isWorkingDay(day)) day = addDays(day, 1);
		this.current = vietnamInstant(day, hour, 0);
	}

	get now(): Date {
		return this.current;
	}

	get day(): string {
		return dayOf(this.current);
	}

	/** Later the same day (a few minutes to an hour), skipping the lunch break and the evening. */
	soon(): Date {
		return this.inOfficeHours(new Date(this.current.getTime() + this.rng.int(4, 55) * 60_000));
	}

	/** A minute or three later (steps of one sitting, e.g. ticking through a checklist). */
	tick(): Date {
		return this.inOfficeHours(new Date(this.current.getTime() + this.rng.int(1, 3) * 60_000));
	}

	private inOfficeHours(next: Date): Date {
		const local = new Date(next.getTime() + VIETNAM_OFFSET_MS);
		const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
		if (minutes >= 17 * 60) return this.after(1, 1);
		if (minutes >= 11 * 60 + 45 && minutes < 13 * 60 + 30)
			return this.set(vietnamInstant(this.day, 13, 30 + this.rng.int(0, 20)));
		return this.set(next);
	}

	/** `min`–`max` working days later, at a time in office hours. */
	after(minDays: number, maxDays: number): Date {
		let day = this.day;
		const steps = this.rng.int(minDays, maxDays);
		if (steps === 0) return this.soon();
		for (let i = 0; i < steps; i++) {
			day = addDays(day, 1);
			while (!isWorkingDay(day)) day = addDays(day, 1);
		}
		return this.set(this.officeTime(day));
	}

	/** Moves on to `day` (or the next working day after it) unless the clock is already past it. */
	notBefore(day: string): Date {
		if (this.day >= day) return this.current;
		let d = day;
		while (!isWorkingDay(d)) d = addDays(d, 1);
		return this.set(this.officeTime(d));
	}

	private officeTime(day: string): Date {
		const morning = this.rng.chance(0.5);
		const minutes = morning ? this.rng.int(8 * 60, 11 * 60 + 15) : this.rng.int(13 * 60 + 30, 16 * 60 + 45);
		return vietnamInstant(day, Math.floor(minutes / 60), minutes % 60);
	}

	private set(at: Date): Date {
		if (at.getTime() <= this.current.getTime()) at = new Date(this.current.getTime() + 60_000);
		if (at.getTime() > this.lastInstant.getTime())
			throw new Error(`demo timeline runs past ${this.lastDay}: ${at.toISOString()}`);
		this.current = at;
		return at;
	}
}
