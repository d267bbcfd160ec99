/**
 * Read helpers over a framework version: lookups by code, applicable questions for an organisation, and
 * texts in the reader's language.
 */
import type { Locale } from '../text';
import type {
	DgFramework,
	DgPillar,
	DgQuestion,
	Framework,
	I18nText,
	OdDimension,
	OdFramework,
	OdQuestion,
	OrgKind
} from './schema';

export const tr = (text: I18nText, locale: Locale) => text[locale];

export type AnyQuestion = DgQuestion | OdQuestion;
export type AnySection = DgPillar | OdDimension;

export function isDg(fw: Framework): fw is DgFramework {
	return fw.kind === 'dg';
}
export function isOd(fw: Framework): fw is OdFramework {
	return fw.kind === 'od';
}

export function allQuestions(fw: Framework): AnyQuestion[] {
	return (fw.sections as AnySection[]).flatMap((s) => s.questions as AnyQuestion[]);
}

export function findSection(fw: Framework, code: string): AnySection | undefined {
	return (fw.sections as AnySection[]).find((s) => s.code === code);
}

export function findQuestion(fw: Framework, code: string): AnyQuestion | undefined {
	return allQuestions(fw).find((q) => q.code === code);
}

export function sectionOf(fw: Framework, questionCode: string): AnySection | undefined {
	return (fw.sections as AnySection[]).find((s) => s.questions.some((q) => q.code === questionCode));
}

/** Whether a question is asked of an organisation of this kind. */
export function appliesToKind(q: AnyQuestion, kind: OrgKind | string): boolean {
	return !q.appliesTo || (q.appliesTo as string[]).includes(kind);
}

export function questionCount(fw: Framework): number {
	return allQuestions(fw).length;
}

/** Every code of a framework version: sections and questions (for crosswalks and imports). */
export function questionCodes(fw: Framework): string[] {
	return allQuestions(fw).map((q) => q.code);
}
