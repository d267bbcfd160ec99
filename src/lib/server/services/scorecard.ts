/**
 * The agency scorecard: the engine's result for one assessment, restricted to the sources this person may
 * see (in a blind round an assessor sees self aggregates only after validation), with explanations.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import type { AssessmentView } from './assessment-access';
import { cachedResult, computeResult } from './scores';
import { answersOf } from '../repositories/assessments';
import { allQuestions, type AnyQuestion } from '$lib/domain/frameworks/model';
import { radarModel } from '$lib/domain/report/charts';
import { selfRatingVisibleToAssessor } from '$lib/domain/access';
import type { AssessmentResult } from '$lib/domain/scoring/types';
import type { Locale } from '$lib/domain/text';

export type Source = 'self' | 'assessor' | 'final';

export function visibleSources(user: AuthedUser, view: AssessmentView): Source[] {
	const p = view.permissions;
	const out: Source[] = [];
	const validated = view.assessment.status === 'validated' || view.assessment.status === 'published';
	if (p.readSelf && !(user.role === 'assessor' && view.round.blind && !validated)) out.push('self');
	if (p.readAssessor) out.push('assessor');
	if (p.readFinal && validated) out.push('final');
	return out;
}

export function scorecardModel(db: Db, user: AuthedUser, view: AssessmentView, locale: Locale) {
	const result: AssessmentResult = cachedResult(db, view.assessment.id) ?? computeResult(db, view.assessment.id, view.framework);
	const sources = visibleSources(user, view);
	const questions = new Map(allQuestions(view.framework).map((q: AnyQuestion) => [q.code, q]));
	// Per-question blind rule for the question-level tables.
	const assessorRated = new Set(answersOf(db, view.assessment.id, ['assessor']).filter((a) => a.rating).map((a) => a.questionCode));
	const selfShown = (code: string) => sources.includes('self') || (view.permissions.readSelf && user.role === 'assessor' && selfRatingVisibleToAssessor(view.round.blind, assessorRated.has(code)));
	const hide = <T extends { ratings: Record<Source, string | null> }>(q: T): T => ({
		...q,
		ratings: {
			self: selfShown((q as unknown as { code: string }).code) ? q.ratings.self : null,
			assessor: sources.includes('assessor') ? q.ratings.assessor : null,
			final: sources.includes('final') ? q.ratings.final : null
		}
	});
	const labels = Object.fromEntries([...questions.values()].map((q) => [q.code, q.label[locale]]));
	const sections = view.framework.sections.map((s) => ({
		code: s.code,
		title: s.title[locale],
		shortTitle: s.shortTitle[locale],
		importance: 'importance' in s ? s.importance : null,
		target: String(s.target)
	}));
	const coreIssueTexts = view.framework.kind === 'od' ? Object.fromEntries(view.framework.sections.flatMap((d) => d.coreIssues.map((c) => [c.code, c.text[locale]]))) : {};
	const triggerTexts = view.framework.kind === 'od' ? Object.fromEntries(view.framework.sections.flatMap((d) => d.redTriggers.map((t) => [t.code, t.text[locale]]))) : {};
	const bands = view.framework.kind === 'dg' ? view.framework.scale.bands.map((b) => ({ code: b.code, label: b.label[locale] })) : [];
	const visibleGap = (code: string) => selfShown(code) && sources.includes('assessor');
	if (result.kind === 'dg') {
		return {
			kind: 'dg' as const,
			sources,
			sections,
			labels,
			bands,
			coreIssueTexts,
			triggerTexts,
			dg: {
				sources: Object.fromEntries(sources.map((s) => [s, result.sources[s]])) as Partial<typeof result.sources>,
				radar: radarModel(result, sources),
				questions: result.questions.map(hide)
			},
			od: null,
			gaps: result.gaps.filter((g) => visibleGap(g.code)),
			belowTarget: result.belowTarget.filter((f) => sources.includes(f.source)),
			needsEvidence: result.needsEvidence.filter((f) => sources.includes(f.source)),
			algorithmVersion: result.algorithmVersion
		};
	}
	return {
		kind: 'od' as const,
		sources,
		sections,
		labels,
		bands,
		coreIssueTexts,
		triggerTexts,
		dg: null,
		od: {
			dimensions: result.dimensions.map((d) => ({
				code: d.code,
				questionRatings: d.questionRatings.map(hide),
				assessor: sources.includes('assessor') ? d.bySource.assessor : null,
				final: sources.includes('final') ? d.bySource.final : null
			})),
			questions: result.questions.map(hide)
		},
		gaps: result.gaps.filter((g) => visibleGap(g.code)),
		belowTarget: result.belowTarget.filter((f) => sources.includes(f.source)),
		needsEvidence: result.needsEvidence.filter((f) => sources.includes(f.source)),
		algorithmVersion: result.algorithmVersion
	};
}
