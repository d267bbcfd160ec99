/**
 * The review screen: every question with the self, assessor and final ratings side by side, gaps first,
 * with their comments; and, for open data, each dimension's suggestion and confirmed colours.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { answersOf } from '../repositories/assessments';
import type { AssessmentView } from './assessment-access';
import { commentsOf, type CommentView } from './comments';
import { cachedResult, computeResult } from './scores';
import { selfRatingVisibleToAssessor } from '$lib/domain/access';
import { appliesToKind, type AnyQuestion, type AnySection } from '$lib/domain/frameworks/model';
import type { Locale } from '$lib/domain/text';

export interface ReviewRow {
	code: string;
	section: string;
	label: string;
	scope: string;
	self: string | null;
	selfHidden: boolean;
	assessor: string | null;
	final: string | null;
	finalCarriedOver: boolean;
	gap: 'rating' | 'information' | null;
	confidence: string;
	comments: CommentView[];
}

export interface DimensionRow {
	code: string;
	title: string;
	assessor: { suggested: string; confirmed: string | null; override: boolean } | null;
	final: { suggested: string; confirmed: string | null; override: boolean } | null;
}

export function reviewModel(db: Db, user: AuthedUser, view: AssessmentView, locale: Locale) {
	const p = view.permissions;
	const rows = answersOf(db, view.assessment.id);
	const get = (source: string, code: string) => rows.find((r) => r.source === source && r.questionCode === code);
	const result = cachedResult(db, view.assessment.id) ?? computeResult(db, view.assessment.id, view.framework);
	const gaps = new Map(result.gaps.map((g) => [g.code, g.kind]));
	const confidence = new Map(result.questions.map((q) => [q.code, q.evidenceConfidence]));
	const nationalRatings = new Map(result.questions.filter((q) => q.scope === 'national').map((q) => [q.code, q.ratings.assessor]));
	const comments = commentsOf(db, view.assessment.id);
	const review: ReviewRow[] = [];
	for (const section of view.framework.sections as AnySection[]) {
		for (const q of section.questions as AnyQuestion[]) {
			if (!appliesToKind(q, view.organisation.kind)) continue;
			const assessorRated = !!get('assessor', q.code)?.rating;
			const selfHidden = user.role === 'assessor' && !selfRatingVisibleToAssessor(view.round.blind, assessorRated);
			const national = q.scope === 'national' ? (nationalRatings.get(q.code) ?? null) : null;
			review.push({
				code: q.code,
				section: section.code,
				label: q.label[locale],
				scope: q.scope,
				self: q.scope === 'national' ? national : p.readSelf && !selfHidden ? (get('self', q.code)?.rating ?? null) : null,
				selfHidden: q.scope !== 'national' && selfHidden,
				assessor: q.scope === 'national' ? national : (get('assessor', q.code)?.rating ?? null),
				final: q.scope === 'national' ? national : p.readFinal ? (get('final', q.code)?.rating ?? null) : null,
				finalCarriedOver: get('final', q.code)?.carriedOver ?? false,
				gap: selfHidden ? null : (gaps.get(q.code) ?? null),
				confidence: confidence.get(q.code) ?? 'none',
				comments: comments.filter((c) => c.questionCode === q.code)
			});
		}
	}
	const order = (r: ReviewRow) => (r.gap === 'rating' ? 0 : r.gap === 'information' ? 1 : 2);
	review.sort((a, b) => order(a) - order(b));
	const dimensions: DimensionRow[] =
		result.kind === 'od'
			? result.dimensions.map((d) => {
					const section = view.framework.sections.find((s) => s.code === d.code)!;
					const part = (s: 'assessor' | 'final') => {
						const r = d.bySource[s];
						return r.assessed || r.confirmed ? { suggested: r.suggestion.colour, confirmed: r.confirmed?.colour ?? null, override: r.confirmed?.override ?? false } : null;
					};
					return { code: d.code, title: section.title[locale], assessor: part('assessor'), final: p.readFinal ? part('final') : null };
				})
			: [];
	return {
		rows: review,
		dimensions,
		gapCount: review.filter((r) => r.gap === 'rating').length,
		informationGapCount: review.filter((r) => r.gap === 'information').length,
		generalComments: comments.filter((c) => c.questionCode === null)
	};
}
