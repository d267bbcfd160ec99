/**
 * The scoring engine: a pure function of (framework version, answers, options). No clock, no randomness,
 * no I/O; the same input always gives the same result, whatever the order of the answers.
 */
import type {
	DgFramework,
	DgPillar,
	Framework,
	OdDimension,
	OdDimensionColour,
	OdFramework
} from '../frameworks/schema';
import { appliesToKind, type AnyQuestion, type AnySection } from '../frameworks/model';
import {
	dgLevelOf,
	dimensionSources,
	isInformationMissing,
	isNotApplicable,
	odPosition,
	sources,
	type CoreIssueStatus,
	type DimensionSource,
	type Source
} from './ratings';
import {
	ALGORITHM_VERSION,
	type AnswerInput,
	type AssessmentResult,
	type DgPillarResult,
	type DgResult,
	type DgSourceResult,
	type DgTerm,
	type DimensionInput,
	type EvidenceConfidence,
	type EvidenceInput,
	type Gap,
	type OdDimensionResult,
	type OdDimensionSourceResult,
	type OdResult,
	type OdSourceSummary,
	type QuestionResult,
	type ScoreInput,
	type ScoreOptions,
	type SuggestionReason,
	type TargetFinding
} from './types';

export class ScoreInputError extends Error {}

type RatingTable = Map<string, Record<Source, string | null>>;

function emptyRatings(): Record<Source, string | null> {
	return { self: null, assessor: null, final: null };
}

/** Questions asked of this organisation, in framework order. */
function applicableQuestions(fw: Framework, options: ScoreOptions): { q: AnyQuestion; section: AnySection }[] {
	const out: { q: AnyQuestion; section: AnySection }[] = [];
	for (const section of fw.sections as AnySection[]) {
		for (const q of section.questions as AnyQuestion[]) {
			if (!options.orgKind || appliesToKind(q, options.orgKind)) out.push({ q, section });
		}
	}
	return out;
}

function ratingTable(fw: Framework, input: ScoreInput, options: ScoreOptions): RatingTable {
	const table: RatingTable = new Map();
	const applicable = applicableQuestions(fw, options);
	for (const { q } of applicable) table.set(q.code, emptyRatings());
	const seen = new Set<string>();
	for (const a of input.answers) {
		const key = `${a.code}|${a.source}`;
		if (seen.has(key)) throw new ScoreInputError(`duplicate answer for ${a.code} (${a.source})`);
		seen.add(key);
		const row = table.get(a.code);
		if (row) row[a.source] = a.rating;
	}
	const national = new Map((input.national ?? []).map((n) => [n.code, n.rating]));
	for (const { q } of applicable) {
		if (q.scope !== 'national') continue;
		// A national question has one answer per round, read the same by every source.
		const rating = national.get(q.code) ?? null;
		table.set(q.code, { self: rating, assessor: rating, final: rating });
	}
	return table;
}

export function evidenceConfidence(evidence: readonly EvidenceInput[], code: string): EvidenceConfidence {
	let interview = false;
	for (const e of evidence) {
		if (e.code !== code) continue;
		if (e.kind === 'document' || e.kind === 'link' || e.kind === 'fact_sheet') return 'documented';
		if (e.kind === 'interview') interview = true;
	}
	return interview ? 'interview_only' : 'none';
}

function targetFor(code: string, fallback: string | number, options: ScoreOptions): string {
	return options.targets?.[code] ?? String(fallback);
}

function questionResults(
	fw: Framework,
	table: RatingTable,
	input: ScoreInput,
	options: ScoreOptions
): QuestionResult[] {
	const evidence = input.evidence ?? [];
	return applicableQuestions(fw, options).map(({ q, section }) => ({
		code: q.code,
		section: section.code,
		scope: q.scope,
		ratings: { ...(table.get(q.code) ?? emptyRatings()) },
		evidenceConfidence: evidenceConfidence(evidence, q.code),
		target: targetFor(q.code, q.target, options)
	}));
}

// ---------------------------------------------------------------- gaps and targets

/** Distance on the framework's order, or null when either side is off the order. */
function distance(kind: 'dg' | 'od', a: string | null, b: string | null): number | null {
	const pos = kind === 'dg' ? dgLevelOf : odPosition;
	const pa = pos(a);
	const pb = pos(b);
	return pa === null || pb === null ? null : Math.abs(pa - pb);
}

function isRated(kind: 'dg' | 'od', rating: string | null): boolean {
	return kind === 'dg' ? dgLevelOf(rating) !== null : odPosition(rating) !== null;
}

function offOrder(rating: string | null): boolean {
	return isInformationMissing(rating) || isNotApplicable(rating);
}

/**
 * A gap where self and assessor differ by one level or more (DG) or two positions or more (OD: one full
 * colour); an information gap where one side rated and the other said GREY, don't know or N/A.
 */
export function findGaps(kind: 'dg' | 'od', questions: readonly QuestionResult[]): Gap[] {
	const threshold = kind === 'dg' ? 1 : 2;
	const gaps: Gap[] = [];
	for (const q of questions) {
		if (q.scope === 'national') continue;
		const { self, assessor } = q.ratings;
		if (self === null || assessor === null) continue;
		const d = distance(kind, self, assessor);
		if (d !== null) {
			if (d >= threshold) gaps.push({ code: q.code, kind: 'rating', self, assessor, distance: d });
		} else if ((isRated(kind, self) && offOrder(assessor)) || (isRated(kind, assessor) && offOrder(self))) {
			gaps.push({ code: q.code, kind: 'information', self, assessor, distance: null });
		}
	}
	return gaps;
}

function compareToTarget(
	kind: 'dg' | 'od',
	code: string,
	level: TargetFinding['level'],
	ratings: { final: string | null; assessor: string | null },
	target: string,
	below: TargetFinding[],
	needsEvidence: TargetFinding[]
) {
	const source = ratings.final !== null ? 'final' : ratings.assessor !== null ? 'assessor' : null;
	if (!source) return;
	const rating = ratings[source] as string;
	if (isInformationMissing(rating)) {
		needsEvidence.push({ code, level, source, rating, target });
		return;
	}
	const pos = kind === 'dg' ? dgLevelOf : odPosition;
	const have = pos(rating);
	const want = pos(target);
	if (have !== null && want !== null && have < want) below.push({ code, level, source, rating, target });
}

// ---------------------------------------------------------------- DG

export function bandOf(fw: DgFramework, score: number | null): string | null {
	if (score === null) return null;
	let band: string | null = null;
	for (const b of fw.scale.bands) if (b.min <= score) band = b.code;
	return band;
}

export function scorePillar(
	fw: DgFramework,
	pillar: DgPillar,
	table: RatingTable,
	source: Source
): DgPillarResult {
	const terms: DgTerm[] = [];
	let weightedSum = 0;
	let weightSum = 0;
	let answered = 0;
	let dontKnow = 0;
	let notApplicable = 0;
	let unanswered = 0;
	for (const q of pillar.questions) {
		const row = table.get(q.code);
		if (!row) continue; // not asked of this kind of organisation
		const rating = row[source];
		const level = dgLevelOf(rating);
		let role: DgTerm['role'];
		if (level !== null) {
			role = 'counted';
			answered++;
			weightedSum += q.weight * level;
			weightSum += q.weight;
		} else if (rating === 'dont_know') {
			role = 'dont_know';
			dontKnow++;
		} else if (rating === 'na') {
			role = 'not_applicable';
			notApplicable++;
		} else {
			role = 'unanswered';
			unanswered++;
		}
		terms.push({ code: q.code, rating, weight: q.weight, role });
	}
	// N/A leaves the question out entirely; don't know and unanswered count as applicable but unanswered.
	const applicable = answered + dontKnow + unanswered;
	const score = weightSum > 0 ? weightedSum / weightSum : null;
	return {
		code: pillar.code,
		score,
		band: bandOf(fw, score),
		coverage: applicable > 0 ? answered / applicable : null,
		answered,
		applicable,
		dontKnow,
		notApplicable,
		unanswered,
		explanation: { terms, weightedSum, weightSum }
	};
}

function scoreDgSource(fw: DgFramework, table: RatingTable, source: Source): DgSourceResult {
	const pillars = fw.sections.map((p) => scorePillar(fw, p, table, source));
	let answered = 0;
	let applicable = 0;
	let dontKnow = 0;
	let meanSum = 0;
	let meanWeight = 0;
	pillars.forEach((p, i) => {
		answered += p.answered;
		applicable += p.applicable;
		dontKnow += p.dontKnow;
		if (p.score !== null) {
			meanSum += p.score * fw.sections[i].weight;
			meanWeight += fw.sections[i].weight;
		}
	});
	return {
		pillars,
		summary: {
			answered,
			applicable,
			coverage: applicable > 0 ? answered / applicable : null,
			dontKnow,
			indicativeMean: meanWeight > 0 ? meanSum / meanWeight : null
		}
	};
}

export function scoreDg(fw: DgFramework, input: ScoreInput, options: ScoreOptions = {}): DgResult {
	const table = ratingTable(fw, input, options);
	const questions = questionResults(fw, table, input, options);
	const bySource = Object.fromEntries(sources.map((s) => [s, scoreDgSource(fw, table, s)])) as Record<
		Source,
		DgSourceResult
	>;
	const belowTarget: TargetFinding[] = [];
	const needsEvidence: TargetFinding[] = [];
	for (const q of questions) {
		compareToTarget('dg', q.code, 'question', q.ratings, q.target, belowTarget, needsEvidence);
	}
	fw.sections.forEach((pillar, i) => {
		const target = Number(targetFor(pillar.code, pillar.target, options));
		const final = bySource.final.pillars[i].score;
		const assessor = bySource.assessor.pillars[i].score;
		const source = final !== null ? 'final' : assessor !== null ? 'assessor' : null;
		if (!source) return;
		const score = (source === 'final' ? final : assessor) as number;
		if (score < target)
			belowTarget.push({ code: pillar.code, level: 'pillar', source, rating: String(score), target: String(target) });
	});
	return {
		kind: 'dg',
		frameworkId: fw.id,
		algorithmVersion: ALGORITHM_VERSION,
		sources: bySource,
		questions,
		gaps: findGaps('dg', questions),
		belowTarget,
		needsEvidence
	};
}

// ---------------------------------------------------------------- OD

/**
 * The engine's suggested colour for one dimension, from the assessor's core-issue statuses and ticked RED
 * triggers. Never from counting + and − evidence, never from question colours.
 *
 * 1. RED when a RED trigger is ticked.
 * 2. GREY when more than `greyUnknownShare` of the applicable core issues are unknown.
 * 3. GREEN when the dimension's GREEN condition holds (gate core issues met, plus enough others met).
 * 4. RED when no core issue is met, even partly.
 * 5. YELLOW otherwise.
 */
export function suggestDimensionColour(
	fw: OdFramework,
	dimension: OdDimension,
	coreIssues: Record<string, CoreIssueStatus>,
	redTriggers: readonly string[]
): { colour: OdDimensionColour; reasons: SuggestionReason[] } {
	const known = new Set(dimension.redTriggers.map((t) => t.code));
	const ticked = dimension.redTriggers.map((t) => t.code).filter((c) => redTriggers.includes(c) && known.has(c));
	if (ticked.length > 0) return { colour: 'red', reasons: [{ rule: 'red_trigger', triggers: ticked }] };

	const status = (code: string): CoreIssueStatus => coreIssues[code] ?? 'unknown';
	const applicable = dimension.coreIssues.filter((ci) => status(ci.code) !== 'na');
	const unknown = applicable.filter((ci) => status(ci.code) === 'unknown').length;
	if (applicable.length === 0 || unknown > applicable.length * fw.greyUnknownShare) {
		return { colour: 'grey', reasons: [{ rule: 'mostly_unknown', unknown, applicable: applicable.length }] };
	}

	const met = applicable.filter((ci) => status(ci.code) === 'met').map((ci) => ci.code);
	const required = dimension.green.required;
	const missing = required.filter((code) => status(code) !== 'met');
	const additionalMet = met.filter((code) => !required.includes(code));
	const reasons: SuggestionReason[] = [];
	if (missing.length === 0 && additionalMet.length >= dimension.green.minAdditionalMet) {
		return { colour: 'green', reasons: [{ rule: 'green_condition', required, additionalMet }] };
	}
	if (missing.length > 0) reasons.push({ rule: 'gate_not_met', missing });
	else reasons.push({ rule: 'too_few_met', additionalMet: additionalMet.length, needed: dimension.green.minAdditionalMet });

	const anyMet = applicable.some((ci) => status(ci.code) === 'met' || status(ci.code) === 'partly');
	if (!anyMet) return { colour: 'red', reasons: [...reasons, { rule: 'none_met' }] };
	return { colour: 'yellow', reasons: [...reasons, { rule: 'mixed' }] };
}

function dimensionSourceResult(
	fw: OdFramework,
	dimension: OdDimension,
	source: DimensionSource,
	input: DimensionInput | undefined
): OdDimensionSourceResult {
	const coreIssues = input?.coreIssues ?? {};
	const redTriggers = input?.redTriggers ?? [];
	const problems: OdDimensionSourceResult['problems'] = [];
	const coreCodes = new Set(dimension.coreIssues.map((c) => c.code));
	if (Object.keys(coreIssues).some((c) => !coreCodes.has(c))) problems.push('unknown_core_issue');
	if (redTriggers.some((t) => !dimension.redTriggers.some((r) => r.code === t))) problems.push('unknown_trigger');
	const suggestion = suggestDimensionColour(fw, dimension, coreIssues, redTriggers);
	let confirmed: OdDimensionSourceResult['confirmed'] = null;
	if (input?.colour) {
		const override = input.colour !== suggestion.colour;
		const justification = input.justification?.trim() || null;
		if (override && !justification) problems.push('override_without_justification');
		confirmed = { colour: input.colour, override, justification };
	}
	return {
		source,
		assessed: input !== undefined && (Object.keys(coreIssues).length > 0 || redTriggers.length > 0 || !!input.colour),
		suggestion,
		confirmed,
		problems,
		coreIssues: dimension.coreIssues.map((ci) => ({ code: ci.code, status: coreIssues[ci.code] ?? 'unknown' })),
		redTriggers: dimension.redTriggers.map((t) => t.code).filter((c) => redTriggers.includes(c))
	};
}

function odSummary(questions: readonly QuestionResult[], source: Source): OdSourceSummary {
	const questionCounts: Record<string, number> = {};
	let answered = 0;
	let applicable = 0;
	for (const q of questions) {
		const rating = q.ratings[source];
		if (rating === 'na') continue;
		applicable++;
		if (rating === null) continue;
		answered++;
		questionCounts[rating] = (questionCounts[rating] ?? 0) + 1;
	}
	return { questionCounts, answered, applicable };
}

export function scoreOd(fw: OdFramework, input: ScoreInput, options: ScoreOptions = {}): OdResult {
	const table = ratingTable(fw, input, options);
	const questions = questionResults(fw, table, input, options);
	const dimInputs = new Map<string, DimensionInput>();
	for (const d of input.dimensions ?? []) {
		const key = `${d.code}|${d.source}`;
		if (dimInputs.has(key)) throw new ScoreInputError(`duplicate dimension assessment for ${d.code} (${d.source})`);
		dimInputs.set(key, d);
	}
	const dimensions: OdDimensionResult[] = fw.sections.map((dimension) => ({
		code: dimension.code,
		questionRatings: questions
			.filter((q) => q.section === dimension.code)
			.map((q) => ({ code: q.code, ratings: q.ratings })),
		bySource: Object.fromEntries(
			dimensionSources.map((s) => [s, dimensionSourceResult(fw, dimension, s, dimInputs.get(`${dimension.code}|${s}`))])
		) as Record<DimensionSource, OdDimensionSourceResult>
	}));
	const belowTarget: TargetFinding[] = [];
	const needsEvidence: TargetFinding[] = [];
	for (const q of questions) compareToTarget('od', q.code, 'question', q.ratings, q.target, belowTarget, needsEvidence);
	fw.sections.forEach((dimension, i) => {
		const d = dimensions[i].bySource;
		compareToTarget(
			'od',
			dimension.code,
			'dimension',
			{ final: d.final.confirmed?.colour ?? null, assessor: d.assessor.confirmed?.colour ?? null },
			targetFor(dimension.code, dimension.target, options),
			belowTarget,
			needsEvidence
		);
	});
	return {
		kind: 'od',
		frameworkId: fw.id,
		algorithmVersion: ALGORITHM_VERSION,
		dimensions,
		summaries: Object.fromEntries(sources.map((s) => [s, odSummary(questions, s)])) as Record<Source, OdSourceSummary>,
		questions,
		gaps: findGaps('od', questions),
		belowTarget,
		needsEvidence
	};
}

/** Scores one assessment under its pinned framework version. */
export function scoreAssessment(fw: Framework, input: ScoreInput, options: ScoreOptions = {}): AssessmentResult {
	return fw.kind === 'dg' ? scoreDg(fw, input, options) : scoreOd(fw, input, options);
}

export type { AnswerInput };
