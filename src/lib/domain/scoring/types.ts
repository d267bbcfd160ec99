/**
 * Inputs and results of the scoring engine. Plain data in, plain data out; every result carries the
 * algorithm version and an explanation a screen can render.
 */
import type { OdDimensionColour, OrgKind } from '../frameworks/schema';
import type { CoreIssueStatus, DimensionSource, Source } from './ratings';

/** Version of the rules below; stamped on every stored result. Bump when a rule changes. */
export const ALGORITHM_VERSION = 'sansang-scoring-1.0';

export interface AnswerInput {
	code: string;
	source: Source;
	/** DG `1`–`4`, `na`, `dont_know`; OD colour, `grey`, `na`; null = not answered. */
	rating: string | null;
}

export interface DimensionInput {
	code: string;
	source: DimensionSource;
	coreIssues: Record<string, CoreIssueStatus>;
	redTriggers: string[];
	/** The colour the assessor (or committee, for `final`) confirmed; null = not confirmed yet. */
	colour?: OdDimensionColour | null;
	justification?: string | null;
}

export type EvidenceKind = 'document' | 'link' | 'interview' | 'fact_sheet';
export interface EvidenceInput {
	code: string;
	kind: EvidenceKind;
}

export interface ScoreInput {
	answers: AnswerInput[];
	/** Ratings of national questions for the round; they apply to every source. */
	national?: { code: string; rating: string | null }[];
	dimensions?: DimensionInput[];
	evidence?: EvidenceInput[];
}

export interface ScoreOptions {
	/** Kind of the assessed organisation; questions that do not apply to it are left out. */
	orgKind?: OrgKind;
	/** Committee targets per question, pillar or dimension code, overriding the framework defaults. */
	targets?: Record<string, string>;
}

export type EvidenceConfidence = 'documented' | 'interview_only' | 'none';

export interface QuestionResult {
	code: string;
	section: string;
	scope: 'national' | 'organisation';
	ratings: Record<Source, string | null>;
	evidenceConfidence: EvidenceConfidence;
	target: string;
}

export interface Gap {
	code: string;
	/** `rating`: both rated and far apart; `information`: one side rated, the other GREY / don't know / N/A. */
	kind: 'rating' | 'information';
	self: string;
	assessor: string;
	/** Levels (DG) or positions (OD) apart, for rating gaps. */
	distance: number | null;
}

export interface TargetFinding {
	code: string;
	/** `question`, `pillar` or `dimension`. */
	level: 'question' | 'pillar' | 'dimension';
	/** Which rating was compared: the final one, else the assessor's. */
	source: 'final' | 'assessor';
	rating: string;
	target: string;
}

// ---------------------------------------------------------------- DG

export interface DgTerm {
	code: string;
	rating: string | null;
	weight: number;
	/** How the answer entered the pillar result. */
	role: 'counted' | 'dont_know' | 'not_applicable' | 'unanswered';
}

export interface DgPillarResult {
	code: string;
	/** Weighted mean of answered levels, unrounded; null when nothing is answered. */
	score: number | null;
	band: string | null;
	/** answered ÷ applicable; null when no question applies. */
	coverage: number | null;
	answered: number;
	applicable: number;
	dontKnow: number;
	notApplicable: number;
	unanswered: number;
	explanation: { terms: DgTerm[]; weightedSum: number; weightSum: number };
}

export interface DgSourceResult {
	pillars: DgPillarResult[];
	summary: {
		answered: number;
		applicable: number;
		coverage: number | null;
		dontKnow: number;
		/** Weighted mean of pillar scores: indicative only, for the labelled rank view. */
		indicativeMean: number | null;
	};
}

export interface DgResult {
	kind: 'dg';
	frameworkId: string;
	algorithmVersion: string;
	sources: Record<Source, DgSourceResult>;
	questions: QuestionResult[];
	gaps: Gap[];
	belowTarget: TargetFinding[];
	/** GREY / don't know: draws a "collect evidence" action rather than a target gap. */
	needsEvidence: TargetFinding[];
}

// ---------------------------------------------------------------- OD

export type SuggestionReason =
	| { rule: 'red_trigger'; triggers: string[] }
	| { rule: 'mostly_unknown'; unknown: number; applicable: number }
	| { rule: 'green_condition'; required: string[]; additionalMet: string[] }
	| { rule: 'gate_not_met'; missing: string[] }
	| { rule: 'too_few_met'; additionalMet: number; needed: number }
	| { rule: 'none_met' }
	| { rule: 'mixed' };

export interface OdDimensionSourceResult {
	source: DimensionSource;
	/** Whether the assessor has started this dimension's assessment at all. */
	assessed: boolean;
	suggestion: { colour: OdDimensionColour; reasons: SuggestionReason[] };
	/** The confirmed (or overridden) colour, if any. */
	confirmed: { colour: OdDimensionColour; override: boolean; justification: string | null } | null;
	/** Problems that make the stored assessment invalid (an override without a justification). */
	problems: ('override_without_justification' | 'unknown_core_issue' | 'unknown_trigger')[];
	coreIssues: { code: string; status: CoreIssueStatus }[];
	redTriggers: string[];
}

export interface OdDimensionResult {
	code: string;
	/** Question colours reported beside the dimension, never averaged into it. */
	questionRatings: { code: string; ratings: Record<Source, string | null> }[];
	bySource: Record<DimensionSource, OdDimensionSourceResult>;
}

export interface OdSourceSummary {
	/** How many questions sit at each rating (answered, applicable). */
	questionCounts: Record<string, number>;
	answered: number;
	applicable: number;
}

export interface OdResult {
	kind: 'od';
	frameworkId: string;
	algorithmVersion: string;
	dimensions: OdDimensionResult[];
	summaries: Record<Source, OdSourceSummary>;
	questions: QuestionResult[];
	gaps: Gap[];
	belowTarget: TargetFinding[];
	needsEvidence: TargetFinding[];
}

export type AssessmentResult = DgResult | OdResult;
