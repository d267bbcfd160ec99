/**
 * chart.js configurations built from the pure chart models. Colours come with patterns (OD) or graded
 * shades with labels (DG), and every chart is paired with a table of the same numbers on the page.
 */
import type { ChartConfiguration } from 'chart.js';
import type { DistributionModel, GapModel, RadarModel, BarsModel } from '$lib/domain/report/charts';
import type { Fill } from './chart';

/** OD colour → fill with its own pattern, so colours are never the only cue. */
export const odFills: Record<string, Fill> = {
	green: { colour: '#2e7d32', pattern: 'none' },
	yellow_green: { colour: '#9ccc65', pattern: 'dots' },
	yellow: { colour: '#f2c200', pattern: 'dots' },
	red_yellow: { colour: '#ef8a34', pattern: 'stripes' },
	red: { colour: '#c62828', pattern: 'stripes' },
	grey: { colour: '#8a939e', pattern: 'cross' },
	not_assessed: { colour: '#e3e7ec', pattern: 'none' }
};

/** DG bands → graded blues (darker = more mature); labels carry the band name. */
export const dgBandFills: string[] = ['#dbe7f5', '#9dbfe6', '#4a86c8', '#0b3d7a'];

export const sourceColours: Record<string, string> = { self: '#b07000', assessor: '#0b5cab', final: '#1d6b35' };

export function distributionConfig(model: DistributionModel, labels: { category: (c: string) => string; section: (code: string) => string; axis: string }, kind: 'dg' | 'od'): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: model.series.map((s) => labels.section(s.code)),
			datasets: model.categories.map((c, i) => ({
				label: labels.category(c),
				data: model.series.map((s) => s.counts[c] ?? 0),
				backgroundColor: (kind === 'od' ? odFills[c] ?? '#ccc' : c === 'none' ? '#e3e7ec' : dgBandFills[i] ?? '#4a86c8') as unknown as string,
				borderColor: '#555',
				borderWidth: 0.5
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			scales: { x: { stacked: true, beginAtZero: true, title: { display: true, text: labels.axis }, ticks: { precision: 0 } }, y: { stacked: true } },
			plugins: { legend: { position: 'bottom' } }
		}
	};
}

export function gapConfig(model: GapModel, labels: { rating: string; information: string; section: (code: string) => string; axis: string }): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: model.series.map((s) => labels.section(s.code)),
			datasets: [
				{ label: labels.rating, data: model.series.map((s) => s.rating), backgroundColor: { colour: '#c15b00', pattern: 'stripes' } as unknown as string },
				{ label: labels.information, data: model.series.map((s) => s.information), backgroundColor: { colour: '#8a939e', pattern: 'cross' } as unknown as string }
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			scales: { y: { beginAtZero: true, title: { display: true, text: labels.axis }, ticks: { precision: 0 } } },
			plugins: { legend: { position: 'bottom' } }
		}
	};
}

export function radarConfig(model: RadarModel, labels: { axis: (code: string) => string; source: (s: string) => string }): ChartConfiguration {
	return {
		type: 'radar',
		data: {
			labels: model.axes.map(labels.axis),
			datasets: model.series.map((s) => ({
				label: labels.source(s.source),
				data: s.values.map((v) => v ?? 0),
				borderColor: sourceColours[s.source],
				backgroundColor: `${sourceColours[s.source]}22`,
				borderDash: s.source === 'self' ? [6, 4] : s.source === 'assessor' ? [2, 3] : [],
				pointStyle: s.source === 'self' ? 'triangle' : s.source === 'assessor' ? 'rect' : 'circle',
				pointRadius: 4,
				borderWidth: 2
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			scales: { r: { min: 0, max: 4, ticks: { stepSize: 1 } } },
			plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
		}
	};
}

export function barsConfig(model: BarsModel, labels: { axis: (code: string) => string; score: string }): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: model.bars.map((b) => labels.axis(b.code)),
			datasets: [{ label: labels.score, data: model.bars.map((b) => (b.score === null ? 0 : Math.round(b.score * 10) / 10)), backgroundColor: '#4a86c8' }]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			scales: { x: { min: 0, max: 4, ticks: { stepSize: 1 } } },
			plugins: { legend: { display: false } }
		}
	};
}
