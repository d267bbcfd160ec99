/**
 * The shape of a framework version: everything a questionnaire, the scoring engine and a report need,
 * in Vietnamese and English. Framework versions are data (shipped as TypeScript modules or imported as
 * JSON) and are validated with these schemas whenever they are loaded.
 */
import { z } from 'zod';
import { dgRatings, odColours, odDimensionColours, odImportances, odRatings, orgKinds, questionScopes } from './vocabulary';

export { dgRatings, odColours, odDimensionColours, odImportances, odRatings, orgKinds };

/** A text in both interface languages. Both are required: a framework is never half-translated. */
export const i18nText = z.object(
	{
		vi: z.string().trim().min(1, 'Vietnamese text is empty'),
		en: z.string().trim().min(1, 'English text is empty')
	},
	{ error: 'expected { vi, en } text' }
);
export type I18nText = z.infer<typeof i18nText>;

export const orgKind = z.enum(orgKinds);
export type OrgKind = z.infer<typeof orgKind>;

export const questionScope = z.enum(questionScopes);
export type QuestionScope = z.infer<typeof questionScope>;

export const odImportance = z.enum(odImportances);
export type OdImportance = z.infer<typeof odImportance>;

export const odColour = z.enum(odColours);
export type OdColour = z.infer<typeof odColour>;
export const odRating = z.enum(odRatings);
export type OdRating = z.infer<typeof odRating>;

/** Dimension colours (a dimension is confirmed as one of these; mixed colours are allowed too). */
export const odDimensionColour = z.enum(odDimensionColours);
export type OdDimensionColour = z.infer<typeof odDimensionColour>;

export const dgLevels = [1, 2, 3, 4] as const;
export const dgLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type DgLevel = z.infer<typeof dgLevel>;
export const dgRating = z.enum(dgRatings);
export type DgRating = z.infer<typeof dgRating>;

const code = (pattern: RegExp, what: string) =>
	z.string().regex(pattern, { error: `${what} must look like ${pattern.source}` });

const applicability = {
	/** `national`: a fact about the country, answered once per round by the assessors. */
	scope: questionScope,
	/** Kinds of organisation the question applies to; absent means every kind. */
	appliesTo: z.array(orgKind).min(1).optional()
};

// ---------------------------------------------------------------- DG (maturity levels)

export const dgQuestionSchema = z.object({
	code: code(/^DG-[1-9]\.[0-9]{1,2}$/, 'DG question code'),
	/** Short label for tables and charts. */
	label: i18nText,
	/** The question as a respondent reads it. */
	text: i18nText,
	/** Prompts and probes for the assessor (what to ask, what to look at). */
	guidance: z.array(i18nText).min(1),
	/** One descriptor per level, 1 to 4, written for this question. */
	descriptors: z.tuple([i18nText, i18nText, i18nText, i18nText]),
	/** Documents or facts that would back an answer. */
	suggestedEvidence: z.array(i18nText).min(1),
	/** Relative weight inside the pillar; equal (1) unless the framework says otherwise. */
	weight: z.number().positive().max(100).default(1),
	...applicability,
	/** Default level aimed for by the next round. */
	target: dgLevel.default(3),
	/** What to do when the rating is level 1, 2 or 3 and the target is higher. */
	recommendations: z.object({ '1': i18nText, '2': i18nText, '3': i18nText }),
	/** The action drafted when the answer is "don't know". */
	collectEvidence: i18nText
});
export type DgQuestion = z.infer<typeof dgQuestionSchema>;

export const dgPillarSchema = z.object({
	code: code(/^DG-[1-9]$/, 'DG pillar code'),
	title: i18nText,
	shortTitle: i18nText,
	description: i18nText,
	/** Weight of the pillar in the indicative summary only; pillars are reported separately. */
	weight: z.number().positive().max(100).default(1),
	/** Default target for the pillar score. */
	target: z.number().min(1).max(4).default(3),
	questions: z.array(dgQuestionSchema).min(1)
});
export type DgPillar = z.infer<typeof dgPillarSchema>;

export const dgScaleSchema = z.object({
	/** Labels of levels 1 to 4, e.g. initial, developing, defined, optimised. */
	levels: z.tuple([i18nText, i18nText, i18nText, i18nText]),
	/**
	 * Bands of a pillar score, in increasing order of `min`. The first band must start at 1; a score
	 * belongs to the last band whose `min` is ≤ the score.
	 */
	bands: z
		.array(z.object({ code: z.string().min(1), min: z.number().min(1).max(4), label: i18nText }))
		.min(1)
});
export type DgScale = z.infer<typeof dgScaleSchema>;

// ---------------------------------------------------------------- OD (colours by judgement)

export const odQuestionSchema = z.object({
	code: code(/^OD-[1-8]\.[0-9]{1,2}$/, 'OD question code'),
	label: i18nText,
	text: i18nText,
	/** The ODRA subsidiary questions, as prompts for the assessor. */
	guidance: z.array(i18nText).min(1),
	/** Importance as printed by the method; null where the method prints none (OD-1.5). */
	importance: odImportance.nullable(),
	/** What the situation typically looks like at each colour, for respondents to choose from. */
	descriptors: z.object({ red: i18nText, yellow: i18nText, green: i18nText }),
	...applicability,
	target: odColour.default('green'),
	/** Drafted action when the final rating is below target. */
	recommendation: i18nText,
	/** Drafted action when the rating is GREY (not enough information). */
	collectEvidence: i18nText
});
export type OdQuestion = z.infer<typeof odQuestionSchema>;

export const evidenceItemSchema = z.object({
	code: code(/^OD-[1-8]\.E[0-9]{1,2}$/, 'evidence item code'),
	text: i18nText,
	polarity: z.enum(['+', '-'])
});

export const coreIssueSchema = z.object({
	code: code(/^OD-[1-8]\.C[0-9]$/, 'core issue code'),
	text: i18nText,
	/** Questions whose answers inform this core issue. */
	questions: z.array(z.string()).min(1)
});
export type CoreIssue = z.infer<typeof coreIssueSchema>;

export const odDimensionSchema = z.object({
	code: code(/^OD-[1-8]$/, 'OD dimension code'),
	title: i18nText,
	shortTitle: i18nText,
	importance: odImportance,
	context: i18nText,
	evidence: z.array(evidenceItemSchema).min(1),
	coreIssues: z.array(coreIssueSchema).min(1),
	/**
	 * GREEN condition: every `required` core issue met, plus at least `minAdditionalMet` other core
	 * issues met ("partly met" never counts as met). For D1–D4 `required` is the rubric's gate.
	 */
	green: z.object({
		required: z.array(z.string()),
		minAdditionalMet: z.number().int().min(0),
		/** The condition in words, as the rubric states it. */
		text: i18nText
	}),
	/** Findings that make the dimension RED when the assessor ticks one. */
	redTriggers: z
		.array(z.object({ code: code(/^OD-[1-8]\.R[0-9]$/, 'RED trigger code'), text: i18nText }))
		.min(1),
	/** Typical findings the rubric lists for each colour. */
	typical: z.object({
		green: z.array(i18nText).min(1),
		yellow: z.array(i18nText).min(1),
		red: z.array(i18nText).min(1)
	}),
	target: odColour.default('green'),
	recommendation: i18nText,
	collectEvidence: i18nText,
	questions: z.array(odQuestionSchema).min(1)
});
export type OdDimension = z.infer<typeof odDimensionSchema>;

export const informationRequestItemSchema = z.object({
	code: code(/^IR-[0-9]{2}$/, 'information request code'),
	/** The dimension the item mainly serves. */
	dimension: code(/^OD-[1-8]$/, 'dimension code'),
	text: i18nText
});

// ---------------------------------------------------------------- framework versions

const frameworkCommon = {
	/** Stable id of the version, e.g. `od-odra-3.1`, `dg-sansang-1.0`. */
	id: z.string().regex(/^[a-z]+-[a-z0-9]+-[0-9]+\.[0-9]+$/, {
		error: 'framework id must look like od-odra-3.1'
	}),
	version: z.string().regex(/^[0-9]+\.[0-9]+$/, { error: 'version must look like 1.0' }),
	title: i18nText,
	shortTitle: i18nText,
	description: i18nText,
	/** Where the framework comes from, and for adaptations what was changed. */
	source: i18nText,
	/** The caveat printed at the start of every report. */
	caveat: i18nText,
	/**
	 * Question code mapping to an earlier version, for trends: codes absent from `map` are not
	 * comparable across the two versions.
	 */
	crosswalk: z
		.object({ from: z.string().min(1), map: z.record(z.string(), z.string()) })
		.optional()
};

export const dgFrameworkSchema = z.object({
	...frameworkCommon,
	kind: z.literal('dg'),
	scale: dgScaleSchema,
	sections: z.array(dgPillarSchema).min(1)
});
export type DgFramework = z.infer<typeof dgFrameworkSchema>;

export const odFrameworkSchema = z.object({
	...frameworkCommon,
	kind: z.literal('od'),
	/** Share of applicable core issues above which an unknown majority suggests GREY (0.5 = more than half). */
	greyUnknownShare: z.number().min(0).max(1).default(0.5),
	/** Fixed legal disclaimer printed before the policy/legal findings. */
	legalDisclaimer: z.object({ beforeDimension: z.string(), text: i18nText }),
	sections: z.array(odDimensionSchema).min(1),
	informationRequests: z.array(informationRequestItemSchema).min(1)
});
export type OdFramework = z.infer<typeof odFrameworkSchema>;

export const frameworkSchema = z.discriminatedUnion('kind', [dgFrameworkSchema, odFrameworkSchema]);
export type Framework = z.infer<typeof frameworkSchema>;
/** What a framework module exports before defaults are applied. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type DgFrameworkInput = z.input<typeof dgFrameworkSchema>;
export type OdFrameworkInput = z.input<typeof odFrameworkSchema>;
export type DgPillarInput = z.input<typeof dgPillarSchema>;
export type OdDimensionInput = z.input<typeof odDimensionSchema>;

export type Question = DgQuestion | OdQuestion;
export type Section = DgPillar | OdDimension;
