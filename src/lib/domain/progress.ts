/**
 * Progress and completeness of one source's answers: what counts as answered, what is still missing
 * before a lead may submit.
 */
import type { Framework, OrgKind } from './frameworks/schema';
import { appliesToKind, type AnyQuestion, type AnySection } from './frameworks/model';

export interface AnswerState {
	rating: string | null;
	naReason?: string | null;
}

/**
 * Answered for submission: a level or colour, "don't know" / GREY, or N/A with a reason. N/A without a
 * reason is not enough.
 */
export function isComplete(answer: AnswerState | undefined): boolean {
	if (!answer || answer.rating === null || answer.rating === '') return false;
	if (answer.rating === 'na') return !!answer.naReason?.trim();
	return true;
}

export interface SectionProgress {
	code: string;
	answered: number;
	total: number;
	missing: string[];
}

/** Organisation-scoped questions asked of this kind of organisation (national ones are answered by assessors). */
export function askedQuestions(section: AnySection, orgKind: OrgKind | string): AnyQuestion[] {
	return (section.questions as AnyQuestion[]).filter((q) => q.scope === 'organisation' && appliesToKind(q, orgKind));
}

export function progress(
	fw: Framework,
	orgKind: OrgKind | string,
	answers: ReadonlyMap<string, AnswerState>
): { sections: SectionProgress[]; answered: number; total: number; missing: string[] } {
	const sections = (fw.sections as AnySection[]).map((section) => {
		const asked = askedQuestions(section, orgKind);
		const missing = asked.filter((q) => !isComplete(answers.get(q.code))).map((q) => q.code);
		return { code: section.code, answered: asked.length - missing.length, total: asked.length, missing };
	});
	return {
		sections,
		answered: sections.reduce((n, s) => n + s.answered, 0),
		total: sections.reduce((n, s) => n + s.total, 0),
		missing: sections.flatMap((s) => s.missing)
	};
}
