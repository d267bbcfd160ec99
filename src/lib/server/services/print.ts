/**
 * The paper questionnaire of an assessment: every question asked of the organisation with its choices and
 * their descriptors, blank or with the current answers of the person's own source, ready for A4 print
 * (and PDF through Chromium), ending with the organisation lead's sign-off block.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { answersOf, organisationLabel } from '../repositories/assessments';
import type { AssessmentView } from './assessment-access';
import { nationalAnswersOf } from './answers';
import { pageSourceFor, type EditSource } from './questionnaire';
import { roundName } from './rounds';
import { choiceLabel } from './workbook-file';
import { ratingChoices, workbookSheets } from '$lib/domain/workbook';
import type { AnyQuestion } from '$lib/domain/frameworks/model';
import type { Locale } from '$lib/domain/text';

export interface PrintChoice {
	value: string;
	label: string;
	/** The situation this level or colour describes for this question (levels and plain colours only). */
	descriptor: string | null;
	chosen: boolean;
}

export interface PrintQuestion {
	code: string;
	label: string;
	text: string;
	guidance: string[];
	importance: string | null;
	national: boolean;
	choices: PrintChoice[];
	/** National questions: the round's answer, read-only. */
	nationalAnswer: { label: string | null; comment: string | null } | null;
	naReason: string | null;
	comment: string | null;
}

export interface PrintModel {
	blank: boolean;
	/** The source whose answers are printed (null on a blank form). */
	source: EditSource | null;
	organisation: string;
	round: string;
	year: number;
	framework: { id: string; title: string; caveat: string };
	status: string;
	sections: { code: string; title: string; questions: PrintQuestion[] }[];
}

function descriptorOf(q: AnyQuestion, rating: string, locale: Locale): string | null {
	if ('weight' in q) return /^[1-4]$/.test(rating) ? q.descriptors[Number(rating) - 1][locale] : null;
	if (rating === 'red' || rating === 'yellow' || rating === 'green') return q.descriptors[rating][locale];
	return null;
}

/** Whose answers the person may print: their own source, when they may read it. */
function printableSource(user: AuthedUser, view: AssessmentView): EditSource | null {
	const source = pageSourceFor(user);
	const p = view.permissions;
	return (source === 'self' ? p.readSelf : source === 'assessor' ? p.readAssessor : p.readFinal) ? source : null;
}

export function printModel(db: Db, user: AuthedUser, view: AssessmentView, locale: Locale, blank: boolean): PrintModel {
	const fw = view.framework;
	const source = blank ? null : printableSource(user, view);
	const answers = new Map(source ? answersOf(db, view.assessment.id, [source]).map((r) => [r.questionCode, r]) : []);
	const national = new Map(blank ? [] : nationalAnswersOf(db, view.round.id, fw.id).map((n) => [n.questionCode, n]));
	const choices = ratingChoices(fw);
	return {
		blank: source === null,
		source,
		organisation: organisationLabel(view.organisation, locale),
		round: roundName(view.round, locale),
		year: view.round.year,
		framework: { id: fw.id, title: fw.title[locale], caveat: fw.caveat[locale] },
		status: view.assessment.status,
		sections: workbookSheets(fw, view.organisation.kind).map(({ section, questions }) => ({
			code: section.code,
			title: section.title[locale],
			questions: questions.map(({ question: q, readOnly }) => {
				const answer = readOnly ? undefined : answers.get(q.code);
				const nat = readOnly ? national.get(q.code) : undefined;
				return {
					code: q.code,
					label: q.label[locale],
					text: q.text[locale],
					guidance: q.guidance.map((g) => g[locale]),
					importance: 'importance' in q ? q.importance : null,
					national: readOnly,
					choices: readOnly
						? []
						: choices.map((value) => ({ value, label: choiceLabel(fw, value, locale), descriptor: descriptorOf(q, value, locale), chosen: answer?.rating === value })),
					nationalAnswer: readOnly ? { label: nat?.rating ? choiceLabel(fw, nat.rating, locale) : null, comment: nat?.comment ?? null } : null,
					naReason: answer?.rating === 'na' ? (answer.naReason ?? null) : null,
					comment: answer?.comment ?? null
				};
			})
		}))
	};
}
