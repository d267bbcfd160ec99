/**
 * The model of one OD dimension's assessment page: the rubric, the stored assessment of the person's
 * source, the engine's suggestion with its reasons, and the question colours shown beside (never averaged).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { dimensionAssessments, users } from '../db/schema';
import { answersOf } from '../repositories/assessments';
import type { AssessmentView } from './assessment-access';
import { suggestDimensionColour } from '$lib/domain/scoring/engine';
import type { CoreIssueStatus } from '$lib/domain/scoring/ratings';
import type { OdDimension, OdFramework } from '$lib/domain/frameworks/schema';
import type { Locale } from '$lib/domain/text';

export function dimensionSourceFor(user: AuthedUser): 'assessor' | 'final' {
	return user.role === 'assessor' ? 'assessor' : 'final';
}

export function dimensionPage(db: Db, user: AuthedUser, view: AssessmentView, dimension: OdDimension, locale: Locale) {
	const source = dimensionSourceFor(user);
	const writable = source === 'assessor' ? view.permissions.writeAssessor : view.permissions.writeFinal;
	const readable = source === 'assessor' ? view.permissions.readAssessor : view.permissions.readFinal;
	const row = db
		.select()
		.from(dimensionAssessments)
		.where(and(eq(dimensionAssessments.assessmentId, view.assessment.id), eq(dimensionAssessments.dimensionCode, dimension.code), eq(dimensionAssessments.source, source)))
		.get();
	const coreIssues = (row ? JSON.parse(row.coreIssues) : {}) as Record<string, CoreIssueStatus>;
	const redTriggers = (row ? JSON.parse(row.redTriggers) : []) as string[];
	const other = source === 'final'
		? db.select().from(dimensionAssessments).where(and(eq(dimensionAssessments.assessmentId, view.assessment.id), eq(dimensionAssessments.dimensionCode, dimension.code), eq(dimensionAssessments.source, 'assessor'))).get()
		: undefined;
	const answers = answersOf(db, view.assessment.id, [source]);
	const updatedBy = row?.updatedBy ? (db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)).get()?.name ?? null) : null;
	return {
		source,
		writable,
		readable,
		dimension: {
			code: dimension.code,
			title: dimension.title[locale],
			importance: dimension.importance,
			context: dimension.context[locale],
			green: { required: dimension.green.required, minAdditionalMet: dimension.green.minAdditionalMet, text: dimension.green.text[locale] },
			coreIssues: dimension.coreIssues.map((ci) => ({ code: ci.code, text: ci.text[locale], questions: ci.questions, gate: dimension.green.required.includes(ci.code) })),
			redTriggers: dimension.redTriggers.map((t) => ({ code: t.code, text: t.text[locale] })),
			typical: { green: dimension.typical.green.map((t) => t[locale]), yellow: dimension.typical.yellow.map((t) => t[locale]), red: dimension.typical.red.map((t) => t[locale]) },
			questions: dimension.questions.map((q) => ({ code: q.code, label: q.label[locale], rating: answers.find((a) => a.questionCode === q.code)?.rating ?? null }))
		},
		/** What is stored for the person's source. */
		stored: {
			coreIssues,
			redTriggers,
			colour: row?.colour ?? null,
			override: row?.override ?? false,
			justification: row?.justification ?? null,
			version: row?.version ?? 0,
			carriedOver: row?.carriedOver ?? false,
			updatedBy,
			updatedAt: row?.updatedAt ?? null
		},
		suggestion: readable ? suggestDimensionColour(view.framework as OdFramework, dimension, coreIssues, redTriggers) : null,
		/** For the committee: the assessor's confirmed colour, for reference. */
		assessorColour: other ? { colour: other.colour, override: other.override, justification: other.justification } : null,
		greyShare: (view.framework as OdFramework).greyUnknownShare
	};
}
