/**
 * The model a report renders from. It holds every text in both languages, so one frozen model renders in
 * Vietnamese or English forever, whatever changes in the data later.
 */
import type { I18nText } from '../frameworks/schema';
import type { CoreIssueStatus } from '../scoring/ratings';
import type { SuggestionReason } from '../scoring/types';
import type { DistributionModel, HeatmapModel, RadarModel, BarsModel } from './charts';

export const REPORT_SCHEMA = 'sansang-report-1' as const;

export interface ReportQuestion {
	code: string;
	label: I18nText;
	rating: string | null;
	/** `final`, or `assessor` before validation. */
	source: 'final' | 'assessor' | null;
	evidence: number[];
}

export type SectionRating =
	| { kind: 'dg'; score: number | null; band: I18nText | null; coverage: number | null }
	| {
			kind: 'od';
			colour: string | null;
			override: boolean;
			justification: string | null;
			coreIssues: { code: string; text: I18nText; status: CoreIssueStatus }[];
			reasons: SuggestionReason[];
	  };

export interface ReportSection {
	code: string;
	title: I18nText;
	shortTitle: I18nText;
	importance: string | null;
	rating: SectionRating;
	questions: ReportQuestion[];
}

export interface ReportFramework {
	id: string;
	kind: 'dg' | 'od';
	version: string;
	title: I18nText;
	source: I18nText;
	caveat: I18nText;
	/** dg-sansang is an adaptation of the 7-pillar structure, not the World Bank's text. */
	adaptation: boolean;
	legalDisclaimer: { beforeDimension: string; text: I18nText } | null;
	sections: ReportSection[];
	radar: RadarModel | null;
	bars: BarsModel | null;
	/** National synthesis only. */
	distribution: DistributionModel | null;
	heatmap: (Omit<HeatmapModel, 'rows'> & { rows: (HeatmapModel['rows'][number] & { nameVi: string; nameEn: string })[] }) | null;
	bandLabels: Record<string, I18nText>;
}

export interface ReportItem {
	id: number;
	section: string;
	kind: 'strength' | 'challenge' | 'remark' | 'recommendation' | 'action';
	position: number;
	textVi: string | null;
	textEn: string | null;
	fields: Record<string, unknown>;
	origin: string;
}

export interface ReportEvidenceRef {
	id: number;
	/** Short reference used in the annex, E1, E2… */
	ref: string;
	kind: string;
	title: string;
	polarity: string;
	interview: I18nText | null;
}

export interface ReportDataset {
	title: string;
	owner: string;
	feasibility: { policy: string; technical: string; institutional: string };
	priority: string;
}

export interface ReportModel {
	schema: typeof REPORT_SCHEMA;
	kind: 'agency' | 'national';
	status: 'draft' | 'final';
	revision: number;
	/** When the data was read (drafts: now; finals: when frozen). */
	asOf: string;
	round: { id: number; name: I18nText; year: number };
	organisation: { name: I18nText; kind: string; region: string | null } | null;
	organisations: { name: I18nText; kind: string }[];
	frameworks: ReportFramework[];
	items: ReportItem[];
	evidence: ReportEvidenceRef[];
	datasets: ReportDataset[];
	algorithmVersion: string;
}

/** The text of an item in a language, or the other language marked as not translated. */
export function itemText(item: Pick<ReportItem, 'textVi' | 'textEn'>, locale: 'vi' | 'en'): { text: string; translated: boolean } {
	const own = locale === 'vi' ? item.textVi : item.textEn;
	if (own && own.trim()) return { text: own, translated: true };
	const other = locale === 'vi' ? item.textEn : item.textVi;
	return { text: other ?? '', translated: false };
}

const timescaleOrder = ['0-6', '6-18', '18+'];

/**
 * The action plan in its edited order (drafts put leadership and institutions first; people may reorder).
 */
export function planActions(items: ReportItem[]): ReportItem[] {
	return items.filter((i) => i.kind === 'action').sort((a, b) => a.position - b.position);
}

/** Timeline (Gantt) rows: each action spans its timescale bucket, in plan order inside a bucket. */
export function timelineRows(items: ReportItem[]): { item: ReportItem; start: number; end: number }[] {
	const spans: Record<string, [number, number]> = { '0-6': [0, 6], '6-18': [6, 18], '18+': [18, 30] };
	return planActions(items)
		.map((item) => ({ item, span: spans[String(item.fields.timescale)] ?? spans['6-18'] }))
		.sort((a, b) => timescaleOrder.indexOf(String(a.item.fields.timescale)) - timescaleOrder.indexOf(String(b.item.fields.timescale)))
		.map(({ item, span }) => ({ item, start: span[0], end: span[1] }));
}
