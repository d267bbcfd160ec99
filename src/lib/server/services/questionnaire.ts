/**
 * The model of one questionnaire page: one pillar or dimension of one assessment, as one person sees it —
 * the source they answer, the other sources they may see beside it, evidence, comments and progress.
 */
import { sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db } from '../db';
import { users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { answersOf, organisationLabel, type AnswerRow } from '../repositories/assessments';
import type { AssessmentView } from './assessment-access';
import { answerHash, nationalAnswersOf } from './answers';
import { visibleEvidence, type EvidenceView } from './evidence';
import { commentsOf, type CommentView } from './comments';
import { evidenceInputsOf } from './scores';
import { evidenceConfidence } from '$lib/domain/scoring/engine';
import { progress, askedQuestions, type SectionProgress } from '$lib/domain/progress';
import { selfRatingVisibleToAssessor } from '$lib/domain/access';
import { appliesToKind, type AnyQuestion, type AnySection } from '$lib/domain/frameworks/model';
import type { EvidenceConfidence } from '$lib/domain/scoring/types';
import type { Locale } from '$lib/domain/text';
import { ratingChoices } from '$lib/domain/workbook';
import { QuestionTexts } from '$lib/domain/question-texts';

export type EditSource = 'self' | 'assessor' | 'final';

/** Which source this person answers on the questionnaire, if any. */
export function editSourceFor(user: AuthedUser, view: AssessmentView): EditSource | null {
	if (user.role === 'respondent') return view.permissions.writeSelf ? 'self' : null;
	if (user.role === 'assessor') return view.permissions.readAssessor ? 'assessor' : null;
	if (user.role === 'committee') return 'final';
	return null;
}

/** The source shown as "yours" on the page (what the person answers, or reads when it is closed to them). */
export function pageSourceFor(user: AuthedUser): EditSource {
	return user.role === 'respondent' || user.role === 'admin' ? 'self' : user.role === 'assessor' ? 'assessor' : 'final';
}

export interface QuestionModel {
	code: string;
	importance: string | null;
	scope: 'national' | 'organisation';
	/** The person's own source: values, version and fingerprint (null when not answered). */
	answer: { rating: string | null; naReason: string | null; comment: string | null; version: number; hash: string; carriedOver: boolean; updatedBy: string | null };
	/** Other sources the person may see beside their own. */
	beside: { source: string; rating: string | null; carriedOver: boolean }[];
	/** In a blind round, the self-rating stays hidden from the assessor until they rated the question. */
	selfHidden: boolean;
	national: { rating: string | null; comment: string | null } | null;
	evidence: EvidenceView[];
	confidence: EvidenceConfidence;
	comments: CommentView[];
}

export interface QuestionnairePage {
	source: EditSource;
	writable: boolean;
	/** The ratings a question offers, in order (the framework's scale with "don't know" / GREY and N/A). */
	scale: string[];
	sectionProgress: Pick<SectionProgress, 'code' | 'answered' | 'total'>[];
	questions: QuestionModel[];
	/** The questions' wording (label, question, guidance, descriptors), by code. */
	texts: QuestionTexts;
}

function descriptorsOf(q: AnyQuestion, scale: string[], locale: Locale): (string | null)[] {
	if ('weight' in q) return scale.map((v) => (/^[1-4]$/.test(v) ? q.descriptors[Number(v) - 1][locale] : null));
	const written = q.descriptors as Partial<Record<string, Record<Locale, string>>>;
	return scale.map((v) => written[v]?.[locale] ?? null);
}

/** Whether the person may write the source they answer on the questionnaire, now. */
export function canWriteOwnSource(user: AuthedUser, view: AssessmentView): boolean {
	const editSource = editSourceFor(user, view);
	return editSource === 'self' ? view.permissions.writeSelf : editSource === 'assessor' ? view.permissions.writeAssessor : editSource === 'final' ? view.permissions.writeFinal : false;
}

const namesOfUsers = preparedQuery((db) =>
	db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(sql`${users.id} in (select value from json_each(${sql.placeholder('ids')}))`)
		.prepare()
);

/**
 * `inPage`: the page is rendered in this response, so the browser can read the questions' wording from it
 * rather than from the hydration data (false for data requests).
 */
export async function questionnairePage(db: Db, user: AuthedUser, view: AssessmentView, section: AnySection, locale: Locale, inPage = false): Promise<QuestionnairePage> {
	const source = pageSourceFor(user);
	const writable = canWriteOwnSource(user, view);
	const scale = ratingChoices(view.framework);
	const p = view.permissions;
	const visibleSources = ['self', 'assessor', 'final'].filter(
		(s) => s !== source && (s === 'self' ? p.readSelf : s === 'assessor' ? p.readAssessor : p.readFinal)
	);
	const rows = answersOf(db, view.assessment.id, [source, ...visibleSources]);
	const bySourceCode = new Map<string, AnswerRow>(rows.map((r) => [`${r.source}|${r.questionCode}`, r]));
	const own = new Map(rows.filter((r) => r.source === source).map((r) => [r.questionCode, r]));
	const national = new Map(nationalAnswersOf(db, view.round.id, view.framework.id).map((n) => [n.questionCode, n]));
	const evidence = visibleEvidence(db, user, { roundId: view.round.id, organisationId: view.assessment.organisationId }, p, view.assessment.status === 'published');
	const comments = commentsOf(db, view.assessment.id);
	// Evidence confidence as the engine derives it, from every piece linked (not only what this person sees).
	const linked = evidenceInputsOf(db, view.assessment.id);
	const updaters = new Map<number, string>();
	if (own.size) {
		const ids = [...new Set([...own.values()].map((r) => r.updatedBy).filter((v): v is number => v !== null))];
		if (ids.length) {
			for (const u of namesOfUsers(db).all({ ids: JSON.stringify(ids) })) updaters.set(u.id, u.name);
		}
	}
	const asked = (section.questions as AnyQuestion[]).filter((q) => appliesToKind(q, view.organisation.kind));
	const wording = (q: AnyQuestion) => ({ label: q.label[locale], text: q.text[locale], guidance: q.guidance.map((g) => g[locale]), descriptors: descriptorsOf(q, scale, locale) });
	const texts = new QuestionTexts(Object.fromEntries(asked.map((q) => [q.code, wording(q)])), scale.length, inPage);
	const questions = asked.map((q): QuestionModel => {
		const mine = own.get(q.code);
		const values = { rating: mine?.rating ?? null, naReason: mine?.naReason ?? null, comment: mine?.comment ?? null };
		const assessorRated = !!bySourceCode.get(`assessor|${q.code}`)?.rating;
		const selfHidden = user.role === 'assessor' && !selfRatingVisibleToAssessor(view.round.blind, assessorRated);
		return {
			code: q.code,
			importance: 'importance' in q ? q.importance : null,
			scope: q.scope,
			answer: { ...values, version: mine?.version ?? 0, hash: answerHash(values), carriedOver: mine?.carriedOver ?? false, updatedBy: mine?.updatedBy ? (updaters.get(mine.updatedBy) ?? null) : null },
			beside: visibleSources
				.filter((s) => !(s === 'self' && selfHidden))
				.map((s) => {
					const r = bySourceCode.get(`${s}|${q.code}`);
					return { source: s, rating: r?.rating ?? null, carriedOver: r?.carriedOver ?? false };
				}),
			selfHidden,
			national: q.scope === 'national' ? { rating: national.get(q.code)?.rating ?? null, comment: national.get(q.code)?.comment ?? null } : null,
			evidence: evidence.filter((e) => e.links.some((l) => l.assessmentId === view.assessment.id && l.questionCode === q.code)),
			confidence: evidenceConfidence(linked, q.code),
			comments: comments.filter((c) => c.questionCode === q.code)
		};
	});
	const progressOf = progress(view.framework, view.organisation.kind, own);
	return { source, writable, scale, sectionProgress: progressOf.sections.map(({ code, answered, total }) => ({ code, answered, total })), questions, texts };
}

/** Header facts of an assessment for its pages. */
export function assessmentHeader(view: AssessmentView, locale: Locale) {
	return {
		id: view.assessment.id,
		status: view.assessment.status,
		frameworkId: view.framework.id,
		kind: view.framework.kind,
		frameworkTitle: view.framework.shortTitle[locale],
		roundId: view.round.id,
		roundName: locale === 'en' && view.round.nameEn ? view.round.nameEn : view.round.nameVi,
		roundStatus: view.round.status,
		year: view.round.year,
		blind: view.round.blind,
		mode: view.round.mode,
		selfDeadline: view.round.selfDeadline,
		reviewDeadline: view.round.reviewDeadline,
		organisation: organisationLabel(view.organisation, locale),
		organisationId: view.organisation.id,
		organisationKind: view.organisation.kind,
		sections: (view.framework.sections as AnySection[]).map((s) => ({
			code: s.code,
			title: s.title[locale],
			shortTitle: s.shortTitle[locale],
			asked: askedQuestions(s, view.organisation.kind).length
		}))
	};
}

