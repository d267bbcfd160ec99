/**
 * The interface's translations as the label function of the table builders (people's exports). Coded
 * values use the app's own labels ($lib/i18n); pillar and dimension titles, DG level and band names come
 * from the framework version, in the reader's language.
 */
import { m } from '$lib/paraglide/messages';
import {
	colourLabel,
	confidenceLabel,
	kindLabel,
	ratingLabel,
	regionLabel,
	scopeLabel,
	sourceLabel,
	statusLabel
} from '$lib/i18n';
import type { Label, LabelKind } from '$lib/domain/report/tables';
import type { DgFramework, Framework } from '$lib/domain/frameworks/schema';
import type { Locale } from '$lib/domain/text';

const tableNames: Record<string, () => string> = {
	heatmap: m.exports_table_heatmap,
	distribution: m.exports_table_distribution,
	gaps: m.exports_table_gaps,
	bars: m.exports_table_bars,
	radar: m.exports_table_radar,
	dimensions: m.exports_table_dimensions,
	questions: m.exports_table_questions,
	about: m.exports_table_about
};

const columnNames: Record<string, () => string> = {
	organisation: m.exports_col_organisation,
	kind: m.exports_col_kind,
	region: m.exports_col_region,
	status: m.exports_col_status,
	code: m.exports_col_code,
	section: m.exports_col_section,
	score: m.exports_col_score,
	band: m.exports_col_band,
	coverage: m.exports_col_coverage,
	colour: m.exports_col_colour,
	override: m.exports_col_override,
	suggested: m.exports_col_suggested,
	answered: m.exports_col_answered,
	applicable: m.exports_col_applicable,
	dont_know: m.exports_col_dont_know,
	compared: m.exports_col_compared,
	rating_gaps: m.exports_col_rating_gaps,
	information_gaps: m.exports_col_information_gaps,
	rating_gap: m.exports_col_rating_gap,
	information_gap: m.exports_col_information_gap,
	gap: m.exports_col_gap,
	total: m.exports_col_total,
	rank_value: m.exports_col_rank_value,
	question: m.exports_col_question,
	scope: m.exports_col_scope,
	target: m.exports_col_target,
	confidence: m.exports_col_confidence,
	field: m.exports_col_field,
	value: m.exports_col_value
};

/** Labels for one framework version in one language. */
export function exportLabels(fw: Framework, locale: Locale): Label {
	const sections = new Map(fw.sections.map((s) => [s.code, s.title[locale]]));
	const bands =
		fw.kind === 'dg'
			? new Map((fw as DgFramework).scale.bands.map((b) => [b.code, b.label[locale]]))
			: new Map<string, string>();
	const levels = fw.kind === 'dg' ? (fw as DgFramework).scale.levels : null;
	const rating = (code: string) => {
		if (code === 'hidden') return m.exports_hidden_blind();
		if (levels && /^[1-4]$/.test(code)) return `${ratingLabel(code)} – ${levels[Number(code) - 1][locale]}`;
		return ratingLabel(code);
	};
	const category = (code: string) => {
		if (code === 'none') return m.exports_category_none();
		if (code === 'not_assessed') return m.exports_category_not_assessed();
		return bands.get(code) ?? colourLabel(code);
	};
	const by: Record<LabelKind, (code: string) => string> = {
		table: (c) => tableNames[c]?.() ?? c,
		column: (c) => columnNames[c]?.() ?? c,
		section: (c) => sections.get(c) ?? c,
		category,
		kind: kindLabel,
		region: regionLabel,
		status: statusLabel,
		rating,
		source: (c) => (c === 'effective' ? m.exports_source_effective() : sourceLabel(c)),
		confidence: confidenceLabel,
		scope: scopeLabel,
		boolean: (c) => (c === 'true' ? m.yes() : m.no())
	};
	return (kind, code) => by[kind](code);
}
