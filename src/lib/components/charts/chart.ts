/**
 * A chart.js chart as a Svelte attachment: `<canvas {@attach chart(config)}>`. The library is loaded on first
 * use; the canvas keeps its accessible name and the page shows the same numbers in a table.
 */
import type { ChartConfiguration } from 'chart.js';

export type Fill = string | { colour: string; pattern: 'stripes' | 'dots' | 'cross' | 'none' };

/** A fill that does not rely on colour alone: a pattern drawn over the colour. */
export function patternFill(colour: string, pattern: 'stripes' | 'dots' | 'cross' | 'none'): CanvasPattern | string {
	if (pattern === 'none' || typeof document === 'undefined') return colour;
	const size = 8;
	const tile = document.createElement('canvas');
	tile.width = tile.height = size;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	ctx.fillStyle = colour;
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = 'rgba(0,0,0,0.45)';
	ctx.fillStyle = 'rgba(0,0,0,0.45)';
	ctx.lineWidth = 1.5;
	if (pattern === 'stripes') {
		ctx.beginPath();
		ctx.moveTo(0, size);
		ctx.lineTo(size, 0);
		ctx.stroke();
	} else if (pattern === 'dots') {
		ctx.beginPath();
		ctx.arc(size / 2, size / 2, 1.4, 0, Math.PI * 2);
		ctx.fill();
	} else {
		ctx.beginPath();
		ctx.moveTo(0, size / 2);
		ctx.lineTo(size, size / 2);
		ctx.moveTo(size / 2, 0);
		ctx.lineTo(size / 2, size);
		ctx.stroke();
	}
	return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Replaces `{ colour, pattern }` fills in a config by canvas patterns (done in the browser only). */
function resolveFills(config: ChartConfiguration): ChartConfiguration {
	for (const dataset of config.data.datasets) {
		const bg = (dataset as { backgroundColor?: unknown }).backgroundColor;
		const resolve = (f: unknown) => {
			if (!f || typeof f !== 'object' || !('colour' in f)) return f;
			const fill = f as unknown as { colour: string; pattern: 'stripes' | 'dots' | 'cross' | 'none' };
			return patternFill(fill.colour, fill.pattern);
		};
		if (Array.isArray(bg)) (dataset as { backgroundColor?: unknown }).backgroundColor = bg.map(resolve);
		else if (bg) (dataset as { backgroundColor?: unknown }).backgroundColor = resolve(bg);
	}
	return config;
}

export function chart(config: ChartConfiguration) {
	return (canvas: HTMLCanvasElement) => {
		let instance: { destroy(): void } | undefined;
		let cancelled = false;
		void import('./register').then(({ Chart }) => {
			if (!cancelled) instance = new Chart(canvas, resolveFills(structuredClone(config)));
		});
		return () => {
			cancelled = true;
			instance?.destroy();
		};
	};
}
