/**
 * Drafting a report from the data: findings from the evidence (+ strengths, − challenges; interviews cited by
 * role, category and date, never by their notes), recommendations and actions from the framework's library for
 * everything below target, "collect evidence" actions for GREY and "don't know", and one-line remarks for the
 * executive summary. Pure: framework, results and evidence in; report items out. People edit the items after.
 */
import type { Framework, I18nText } from '../frameworks/schema';
import type { AnyQuestion, AnySection } from '../frameworks/model';
import type { AssessmentResult, EvidenceKind, TargetFinding } from '../scoring/types';
import { dgLevelOf, odPosition } from '../scoring/ratings';
import { formatDay } from '../text';

export const timescales = ['0-6', '6-18', '18+'] as const;
export type Timescale = (typeof timescales)[number];
export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];
export const actionStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;

export type ItemKind = 'strength' | 'challenge' | 'remark' | 'recommendation' | 'action';

export interface ActionFields {
	responsibleVi: string;
	responsibleEn: string;
	timescale: Timescale;
	cost: string;
	dependencies: string;
	priority: Priority;
	status: (typeof actionStatuses)[number];
}

export interface DraftItem {
	section: string;
	kind: ItemKind;
	textVi: string | null;
	textEn: string | null;
	fields: Partial<ActionFields> & Record<string, unknown>;
	sourceRef: string | null;
}

export interface ReportEvidence {
	id: number;
	kind: EvidenceKind;
	title: string;
	description: string | null;
	polarity: string;
	interview: { roles: string; category: string; date: string } | null;
	/** Question codes of this framework the evidence is linked to. */
	codes: string[];
}

/** Leadership and institutions come first in the action plan (ODRA-A 3.1 §§48–56). */
export const prioritySections: Record<'dg' | 'od', string[]> = { dg: ['DG-1'], od: ['OD-1', 'OD-3'] };

export const stakeholderText: Record<string, I18nText> = {
	whole_of_government: { vi: 'cơ quan điều phối chung của Chính phủ', en: 'whole of government' },
	data_holder: { vi: 'cơ quan nắm giữ dữ liệu', en: 'data holder' },
	user_civil_society: { vi: 'người dùng dữ liệu, xã hội dân sự', en: 'data users and civil society' }
};

/** The citation of an interview: role, category and date — never the confidential notes. */
export function interviewCitation(i: { roles: string; category: string; date: string }): I18nText {
	const c = stakeholderText[i.category] ?? { vi: i.category, en: i.category };
	return { vi: `Phỏng vấn — ${i.roles}, ${c.vi}, ${formatDay(i.date, 'vi')}`, en: `Interview — ${i.roles}, ${c.en}, ${formatDay(i.date, 'en')}` };
}

function sectionOrder(fw: Framework): string[] {
	const first = prioritySections[fw.kind];
	return [...first, ...fw.sections.map((s) => s.code).filter((c) => !first.includes(c))];
}

/** Sorts items: leadership and institutions first, then framework order; stable within a section. */
export function orderBySection<T extends { section: string }>(fw: Framework, items: T[]): T[] {
	const order = sectionOrder(fw);
	const index = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
	return items.map((item, i) => ({ item, i })).sort((a, b) => index(a.item.section) - index(b.item.section) || a.i - b.i).map((x) => x.item);
}

/**
 * Across frameworks (a report covering DG and OD): the leadership and institutional sections of every
 * framework come first, then everything else in the order it was drafted.
 */
export function leadershipFirst<T extends { section: string }>(items: T[]): T[] {
	const first = [...prioritySections.dg, ...prioritySections.od];
	const rank = (s: string) => (first.includes(s) ? first.indexOf(s) : first.length);
	return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item.section) - rank(b.item.section) || a.i - b.i).map((x) => x.item);
}

const timescaleOf: Record<Priority, Timescale> = { high: '0-6', medium: '6-18', low: '18+' };

function priorityOf(fw: Framework, section: AnySection, q: AnyQuestion | null, rating: string): Priority {
	if (prioritySections[fw.kind].includes(section.code)) return 'high';
	if (fw.kind === 'dg') {
		const level = dgLevelOf(rating);
		return level === 1 ? 'high' : level === 2 ? 'medium' : 'low';
	}
	const importance = q && 'importance' in q ? q.importance : 'importance' in section ? section.importance : null;
	const pos = odPosition(rating);
	if (importance === 'very_high' || pos === 0) return 'high';
	if (importance === 'high') return 'medium';
	return 'low';
}

function recommendationText(fw: Framework, section: AnySection, q: AnyQuestion | null, finding: TargetFinding): I18nText {
	if (!q) return (section as { recommendation?: I18nText }).recommendation ?? { vi: '', en: '' };
	if ('recommendations' in q) {
		const level = String(Math.min(3, Math.max(1, dgLevelOf(finding.rating) ?? 1))) as '1' | '2' | '3';
		return q.recommendations[level];
	}
	return q.recommendation;
}

function responsible(section: AnySection, fw: Framework, organisation: I18nText): { responsibleVi: string; responsibleEn: string } {
	return prioritySections[fw.kind][0] === section.code
		? { responsibleVi: `Lãnh đạo ${organisation.vi}`, responsibleEn: `Leadership of ${organisation.en}` }
		: { responsibleVi: organisation.vi, responsibleEn: organisation.en };
}

function actionFields(priority: Priority, who: { responsibleVi: string; responsibleEn: string }): ActionFields {
	return { ...who, timescale: timescaleOf[priority], cost: '', dependencies: '', priority, status: 'planned' };
}

export interface AgencyDraftInput {
	framework: Framework;
	result: AssessmentResult;
	evidence: ReportEvidence[];
	organisation: I18nText;
}

/** Every drafted item of an agency report for one framework. */
export function draftAgencyItems(input: AgencyDraftInput): DraftItem[] {
	const { framework: fw, result, evidence, organisation } = input;
	const sections = fw.sections as AnySection[];
	const sectionOf = (code: string) => sections.find((s) => s.code === code || s.questions.some((q) => q.code === code));
	const questionOf = (code: string) => sections.flatMap((s) => s.questions as AnyQuestion[]).find((q) => q.code === code) ?? null;
	const items: DraftItem[] = [];

	// Findings: each piece of evidence once per section it backs.
	for (const s of sections) {
		for (const e of evidence) {
			if (e.polarity !== '+' && e.polarity !== '-') continue;
			if (!e.codes.some((c) => sectionOf(c)?.code === s.code)) continue;
			const text: I18nText | { vi: string; en: null } = e.kind === 'interview' && e.interview ? interviewCitation(e.interview) : { vi: e.description ? `${e.title}: ${e.description}` : e.title, en: null };
			items.push({ section: s.code, kind: e.polarity === '+' ? 'strength' : 'challenge', textVi: text.vi, textEn: text.en, fields: {}, sourceRef: `evidence:${e.id}` });
		}
	}

	// Recommendations and actions for everything below target; evidence collection for GREY / don't know.
	// In the framework's order: each question, then its dimension.
	const order = sections.flatMap((s) => [...s.questions.map((q) => q.code), s.code]);
	const findings = [...result.belowTarget.filter((f) => f.level !== 'pillar'), ...result.needsEvidence.filter((f) => f.level !== 'pillar')].sort((x, y) => order.indexOf(x.code) - order.indexOf(y.code));
	for (const finding of findings) {
		const section = sectionOf(finding.code);
		if (!section) continue;
		const q = finding.level === 'question' ? questionOf(finding.code) : null;
		const collect = result.needsEvidence.includes(finding);
		const text = collect ? (q ? q.collectEvidence : (section as { collectEvidence?: I18nText }).collectEvidence ?? { vi: '', en: '' }) : recommendationText(fw, section, q, finding);
		const priority: Priority = collect ? 'medium' : priorityOf(fw, section, q, finding.rating);
		const ref = `${collect ? 'evidence-gap' : 'below-target'}:${finding.code}`;
		items.push({ section: section.code, kind: 'recommendation', textVi: text.vi, textEn: text.en, fields: { code: finding.code, rating: finding.rating, target: finding.target }, sourceRef: ref });
		items.push({ section: section.code, kind: 'action', textVi: text.vi, textEn: text.en, fields: { ...actionFields(collect ? 'high' : priority, responsible(section, fw, organisation)), ...(collect ? { timescale: '0-6' as Timescale, priority: 'medium' as Priority } : {}), code: finding.code }, sourceRef: ref });
	}

	// One-line remarks for the executive summary.
	for (const s of sections) {
		const count = items.filter((i) => i.section === s.code && i.kind === 'recommendation').length;
		items.push({
			section: s.code,
			kind: 'remark',
			textVi: count ? `${count} khuyến nghị để đạt mục tiêu đợt sau.` : 'Đã đạt mục tiêu; duy trì và chia sẻ kinh nghiệm.',
			textEn: count ? `${count} ${count === 1 ? 'recommendation' : 'recommendations'} to reach the next round's target.` : 'Target reached; sustain it and share the experience.',
			fields: {},
			sourceRef: `remark:${s.code}`
		});
	}
	return orderBySection(fw, items);
}

export interface CrossCuttingInput {
	framework: Framework;
	results: AssessmentResult[];
	/** How many organisations must share a gap for it to become a cross-cutting recommendation. */
	minOrganisations?: number;
	limit?: number;
}

/** National synthesis: the questions most often below target across organisations become cross-cutting recommendations. */
export function draftCrossCutting(input: CrossCuttingInput): DraftItem[] {
	const { framework: fw, results } = input;
	const min = input.minOrganisations ?? 2;
	const counts = new Map<string, { count: number; ratings: string[] }>();
	for (const r of results) {
		for (const f of r.belowTarget) {
			if (f.level !== 'question') continue;
			const entry = counts.get(f.code) ?? { count: 0, ratings: [] };
			entry.count++;
			entry.ratings.push(f.rating);
			counts.set(f.code, entry);
		}
	}
	const sections = fw.sections as AnySection[];
	const ranked = [...counts.entries()].filter(([, v]) => v.count >= min).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, input.limit ?? 10);
	const items: DraftItem[] = [];
	for (const [code, { count, ratings }] of ranked) {
		const section = sections.find((s) => s.questions.some((q) => q.code === code))!;
		const q = (section.questions as AnyQuestion[]).find((x) => x.code === code)!;
		const common = ratings.sort((a, b) => ratings.filter((x) => x === b).length - ratings.filter((x) => x === a).length)[0];
		const text = recommendationText(fw, section, q, { code, level: 'question', source: 'final', rating: common, target: String(q.target) });
		const priority: Priority = prioritySections[fw.kind].includes(section.code) || count >= results.length / 2 ? 'high' : 'medium';
		const fields = { code, organisations: count };
		items.push({ section: section.code, kind: 'recommendation', textVi: text.vi, textEn: text.en, fields, sourceRef: `crosscutting:${code}` });
		items.push({
			section: section.code,
			kind: 'action',
			textVi: text.vi,
			textEn: text.en,
			fields: { ...actionFields(priority, { responsibleVi: 'Ủy ban quốc gia và cơ quan thường trực', responsibleEn: 'National committee and its secretariat' }), ...fields },
			sourceRef: `crosscutting:${code}`
		});
	}
	return orderBySection(fw, items);
}
