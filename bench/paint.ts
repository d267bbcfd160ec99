/**
 * W6: picking an answer → next paint at 4× CPU slowdown, measured as INP measures it.
 *
 * In Chromium (Playwright, Debian's binary), `visits` times (3): open the questionnaire page in a fresh
 * context, signed in; wait until it has hydrated (the form carries `data-autosave="on"` once the autosaver is
 * mounted); slow the CPU 4× (CDP `Emulation.setCPUThrottlingRate`); then pick ratings the way a hand does —
 * the pointer comes to rest on a choice's label, presses, releases 60 ms later — question after question,
 * each pick a different level (1–4) than the one shown, so every pick is a real change that re-renders the
 * card and queues an autosave. After each pick the run waits for that save's response and a short pause, so
 * saves never pile up.
 *
 * Each pick is timed by the browser's Event Timing API (`PerformanceObserver` type `event`,
 * `durationThreshold: 16`): an entry's `duration` runs from the input's hardware timestamp to the next paint
 * after its handlers (rounded to 8 ms by the browser). A pick's figure is its longest entry (pointerdown,
 * pointerup, click, the radio's input/change); entries are assigned to picks by their `startTime`. A visit's
 * worst pick is its INP. The browser does not report entries under 16 ms, so a pick with none counts as
 * "under 16 ms" (0 in the figures).
 *
 * Checked by hand: a 200-ms busy loop added to the rating's `onchange` in a scratch build moved every pick
 * from ~50 to ~250 ms.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './scoring';

export interface PaintResult {
	/** One figure per pick, ms, visit after visit; 0 = under 16 ms (no entry reported). */
	picks: number[];
	/** The worst pick of each visit: that visit's INP. */
	visits: number[];
	/** Picks with no entry (under 16 ms). */
	under16: number;
	/** Median of all picks. */
	median: number;
	/** Median over the visits of each visit's worst pick (the row's pass figure). */
	worst: number;
	p90: number;
	max: number;
	/** The slowest pick split as the browser saw it: waiting for the main thread, handlers, until the paint. */
	slowest: {
		duration: number;
		name: string;
		inputDelay: number;
		processing: number;
		presentation: number;
		visit: number;
		pick: number;
	} | null;
	/** Picks whose save did not answer 200 (the measurement still counts, but the row says so). */
	failedSaves: number;
}

export interface PaintOptions {
	chromePath: string;
	/** Server origin, e.g. http://127.0.0.1:4700 */
	url: string;
	/** The questionnaire page to open. */
	path: string;
	/** `name=value; name=value` as sent by the benchmark. */
	cookie: string;
	/** Fresh page visits (3), each a new browser context. */
	visits?: number;
	/** Picks per visit (7: one per question of DG-2). */
	picksPerVisit?: number;
	cpuRate?: number;
	/** Pause after each save's response before the next pick. */
	pauseMs?: number;
	/** Extra script for the page (cross-checks only, e.g. a slow click handler). */
	initScript?: string;
	log?: (s: string) => void;
}

const PICKED_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'input', 'change'];

/** The p-th percentile (nearest rank) of `xs`. */
function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

interface Entry {
	name: string;
	startTime: number;
	duration: number;
	processingStart: number;
	processingEnd: number;
}

/** One visit: open the page in a fresh context, wait for hydration, slow the CPU, pick `picks` answers. */
async function visit(
	browser: Browser,
	o: PaintOptions,
	picks: number
): Promise<{ figures: number[]; worst: Entry[][]; failedSaves: number }> {
	const context = await browser.newContext();
	try {
		await context.addCookies(
			o.cookie.split(';').map((c) => {
				const [name, ...rest] = c.trim().split('=');
				return { name, value: rest.join('='), url: o.url };
			})
		);
		if (o.initScript) await context.addInitScript(o.initScript);
		const page = await context.newPage();
		const res = await page.goto(o.url + o.path);
		if (res?.status() !== 200) throw new Error(`${o.path} answered ${res?.status()}`);
		await page.locator('form[data-autosave="on"]').waitFor();

		// Every event entry of 16 ms or more, kept in the page; read once at the end.
		await page.evaluate(() => {
			const w = window as unknown as { __w6: Entry[] };
			w.__w6 = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as PerformanceEventTiming[])
					w.__w6.push({
						name: e.name,
						startTime: e.startTime,
						duration: e.duration,
						processingStart: e.processingStart,
						processingEnd: e.processingEnd
					});
			}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
		});

		// The questions whose rating can be picked here (writable fieldsets), with the level each shows now.
		const questions = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLFieldSetElement>('fieldset.choices:not([disabled])')]
				.map((f) => {
					const radios = [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
					return { name: radios[0]?.name ?? '', current: radios.find((r) => r.checked)?.value ?? null };
				})
				.filter((q) => q.name)
		);
		if (!questions.length)
			throw new Error(`${o.path}: no writable rating choices (is the page read-only for this user?)`);

		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpuRate ?? 4 });

		const starts: number[] = [];
		let failedSaves = 0;
		for (let i = 0; i < picks; i++) {
			const q = questions[i % questions.length];
			// Levels 1–4 in turn; N/A and "don't know" are left alone (they open more fields).
			const level = String(
				(Number(q.current) >= 1 && Number(q.current) <= 4 ? Number(q.current) % 4 : 0) + 1
			);
			const label = page.locator('fieldset.choices > label', {
				has: page.locator(`input[name="${q.name}"][value="${level}"]`)
			});
			// As a hand does: the pointer comes to rest on the choice, then presses and releases it.
			await label.scrollIntoViewIfNeeded();
			await label.hover();
			await page.waitForTimeout(100);
			starts.push(await page.evaluate(() => performance.now()));
			const saved = page.waitForResponse(
				(r) => r.request().method() === 'POST' && r.url().endsWith('/save'),
				{ timeout: 15_000 }
			);
			await label.click({ delay: 60 });
			if ((await saved).status() !== 200) failedSaves++;
			q.current = level;
			await page.waitForTimeout(o.pauseMs ?? 250);
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		// Entries are reported after the paint that ends them: let the last one arrive.
		await page.waitForTimeout(500);
		const entries = await page.evaluate(() => (window as unknown as { __w6: Entry[] }).__w6);

		// Per pick: its longest entry first, with the entries dispatched at the same instant.
		const worst = starts.map((from, i) => {
			const to = starts[i + 1] ?? Infinity;
			const mine = entries
				.filter((e) => PICKED_EVENTS.includes(e.name) && e.startTime >= from && e.startTime < to)
				.sort((a, b) => b.duration - a.duration);
			return mine.length ? mine.filter((e) => e.startTime === mine[0].startTime) : [];
		});
		return { figures: worst.map((g) => g[0]?.duration ?? 0), worst, failedSaves };
	} finally {
		await context.close();
	}
}

/**
 * `visits` fresh page visits (3 unless told), each picking `picksPerVisit` answers (7: DG-2's questions, one
 * pick each). A visit's INP is its worst pick; the row's figure is the median of the visits' INP, as the
 * speed rows take the median of 3.
 */
export async function answerToPaint(o: PaintOptions): Promise<PaintResult> {
	const visits = o.visits ?? 3;
	const picksPerVisit = o.picksPerVisit ?? 7;
	const { chromium } = await import('playwright-core');
	const { CHROMIUM_ARGS } = (await import(pathToFileURL(resolve('scripts/chromium.mjs')).href)) as {
		CHROMIUM_ARGS: string[];
	};
	const browser = await chromium.launch({
		executablePath: o.chromePath,
		headless: true,
		args: CHROMIUM_ARGS
	});
	try {
		const all: number[] = [];
		const perVisit: number[] = [];
		let failedSaves = 0;
		let slowest: PaintResult['slowest'] = null;
		for (let v = 0; v < visits; v++) {
			const r = await visit(browser, o, picksPerVisit);
			o.log?.(`W6 visit ${v + 1}: picks (ms, 0 = under 16) ${r.figures.join(' ')}`);
			all.push(...r.figures);
			perVisit.push(Math.max(...r.figures));
			failedSaves += r.failedSaves;
			r.worst.forEach((group, i) => {
				const e = group[0];
				if (!e || (slowest && e.duration <= slowest.duration)) return;
				// The events the slow entry shares a frame with (pointerup, click, the radio's click…).
				const start = Math.min(...group.map((g) => g.processingStart));
				const end = Math.max(...group.map((g) => g.processingEnd));
				slowest = {
					duration: e.duration,
					name: group.map((g) => g.name).join('+'),
					inputDelay: Math.round(start - e.startTime),
					processing: Math.round(end - start),
					presentation: Math.round(e.startTime + e.duration - end),
					visit: v + 1,
					pick: i + 1
				};
			});
		}
		return {
			picks: all,
			visits: perVisit,
			under16: all.filter((f) => f === 0).length,
			median: median(all),
			worst: median(perVisit),
			p90: percentile(all, 90),
			max: Math.max(...all),
			slowest,
			failedSaves
		};
	} finally {
		await browser.close();
	}
}
