import { describe, expect, it } from 'vitest';
import { loadFramework } from '../frameworks/validate';
import type { DgFramework, OdFramework } from '../frameworks/schema';
import { scoreDg, scoreOd, suggestDimensionColour, findGaps, ScoreInputError } from './engine';
import { miniDg, miniOd } from './fixtures/mini-frameworks';
import { ALGORITHM_VERSION, type AnswerInput, type QuestionResult } from './types';
import type { CoreIssueStatus } from './ratings';

const dg = loadFramework(miniDg) as DgFramework;
const od = loadFramework(miniOd) as OdFramework;

const self = (code: string, rating: string | null): AnswerInput => ({ code, source: 'self', rating });
const assessor = (code: string, rating: string | null): AnswerInput => ({ code, source: 'assessor', rating });
const final = (code: string, rating: string | null): AnswerInput => ({ code, source: 'final', rating });

describe('DG pillar scores (golden values)', () => {
	it('weighted mean of answered levels, with coverage = answered ÷ applicable', () => {
		const result = scoreDg(dg, {
			answers: [self('DG-1.1', '1'), self('DG-1.2', '2'), self('DG-1.3', '4'), self('DG-1.4', '3')]
		});
		const p1 = result.sources.self.pillars[0];
		expect(p1.score).toBe(2.5);
		expect(p1.band).toBe('defined');
		expect(p1.coverage).toBe(1);
		expect(result.algorithmVersion).toBe(ALGORITHM_VERSION);
	});

	it("N/A is excluded entirely; don't know counts in coverage's denominator only", () => {
		const result = scoreDg(dg, {
			answers: [self('DG-1.1', '4'), self('DG-1.2', 'na'), self('DG-1.3', 'dont_know'), self('DG-1.4', '2')]
		});
		const p1 = result.sources.self.pillars[0];
		// mean of 4 and 2; N/A out of both; don't know in the denominator of coverage
		expect(p1.score).toBe(3);
		expect(p1.applicable).toBe(3);
		expect(p1.answered).toBe(2);
		expect(p1.dontKnow).toBe(1);
		expect(p1.notApplicable).toBe(1);
		expect(p1.coverage).toBeCloseTo(2 / 3, 12);
		expect(p1.explanation.terms.map((t) => t.role)).toEqual(['counted', 'not_applicable', 'dont_know', 'counted']);
	});

	it('unanswered questions lower coverage, not the score', () => {
		const p1 = scoreDg(dg, { answers: [self('DG-1.1', '3')] }).sources.self.pillars[0];
		expect(p1.score).toBe(3);
		expect(p1.coverage).toBe(0.25);
		expect(p1.unanswered).toBe(3);
	});

	it('a pillar with weights: (3×4 + 1×1) ÷ 4, national question read from the round', () => {
		const result = scoreDg(
			dg,
			{ answers: [assessor('DG-2.1', '4'), assessor('DG-2.2', '1')], national: [{ code: 'DG-2.3', rating: '2' }] },
			{ orgKind: 'ministry' }
		);
		const p2 = result.sources.assessor.pillars[1];
		// DG-2.4 applies to provinces only: left out for a ministry.
		expect(p2.explanation.terms.map((t) => t.code)).toEqual(['DG-2.1', 'DG-2.2', 'DG-2.3']);
		expect(p2.score).toBe((3 * 4 + 1 * 1 + 1 * 2) / 5);
		expect(p2.band).toBe('defined');
		expect(p2.coverage).toBe(1);
		// the national answer is the same for every source
		expect(result.sources.self.pillars[1].explanation.terms[2].rating).toBe('2');
	});

	it('scores stay unrounded inside (rounding is for display only)', () => {
		const p1 = scoreDg(dg, { answers: [self('DG-1.1', '1'), self('DG-1.2', '2'), self('DG-1.3', '2')] }).sources.self
			.pillars[0];
		expect(p1.score).toBe(5 / 3);
		expect(p1.band).toBe('initial');
	});

	it('nothing answered gives no score and no band, never a zero', () => {
		const p1 = scoreDg(dg, { answers: [self('DG-1.1', 'dont_know')] }).sources.self.pillars[0];
		expect(p1.score).toBeNull();
		expect(p1.band).toBeNull();
		expect(p1.coverage).toBe(0);
	});

	it('refuses two answers for the same question and source', () => {
		expect(() => scoreDg(dg, { answers: [self('DG-1.1', '1'), self('DG-1.1', '2')] })).toThrow(ScoreInputError);
	});
});

describe('gaps between self and assessor', () => {
	const q = (code: string, s: string | null, a: string | null): QuestionResult => ({
		code,
		section: code.slice(0, 4),
		scope: 'organisation',
		ratings: { self: s, assessor: a, final: null },
		evidenceConfidence: 'none',
		target: '3'
	});

	it.each([
		['3', '2', 'rating', 1],
		['4', '1', 'rating', 3],
		['3', '3', null, null],
		['3', 'dont_know', 'information', null],
		['na', '2', 'information', null],
		['dont_know', 'na', null, null]
	])('DG self %s vs assessor %s → %s', (s, a, kind, distance) => {
		const gaps = findGaps('dg', [q('DG-1.1', s, a)]);
		if (kind === null) expect(gaps).toEqual([]);
		else expect(gaps).toEqual([{ code: 'DG-1.1', kind, self: s, assessor: a, distance }]);
	});

	it.each([
		['green', 'yellow_green', null],
		['green', 'yellow', 'rating'],
		['red_yellow', 'yellow_green', 'rating'],
		['red', 'red_yellow', null],
		['yellow', 'grey', 'information'],
		['grey', 'na', null]
	])('OD self %s vs assessor %s → %s (mixed ratings sit between their colours)', (s, a, kind) => {
		const gaps = findGaps('od', [q('OD-1.1', s, a)]);
		expect(gaps.map((g) => g.kind)).toEqual(kind ? [kind] : []);
	});
});

describe('OD dimension suggestion', () => {
	const d1 = od.sections[0];
	const d2 = od.sections[1];
	const suggest = (dim = d1, statuses: CoreIssueStatus[], triggers: string[] = []) =>
		suggestDimensionColour(
			od,
			dim,
			Object.fromEntries(statuses.map((s, i) => [`${dim.code}.C${i + 1}`, s])),
			triggers
		);

	it('GREEN when the gate is met plus one more core issue', () => {
		expect(suggest(d1, ['met', 'met', 'not_met'])).toEqual({
			colour: 'green',
			reasons: [{ rule: 'green_condition', required: ['OD-1.C1'], additionalMet: ['OD-1.C2'] }]
		});
	});

	it('never GREEN when the gate is only partly met, even with every other core issue met', () => {
		const s = suggest(d1, ['partly', 'met', 'met']);
		expect(s.colour).toBe('yellow');
		expect(s.reasons[0]).toEqual({ rule: 'gate_not_met', missing: ['OD-1.C1'] });
	});

	it('YELLOW when the gate is met but nothing else is', () => {
		const s = suggest(d1, ['met', 'partly', 'not_met']);
		expect(s.colour).toBe('yellow');
		expect(s.reasons[0]).toEqual({ rule: 'too_few_met', additionalMet: 0, needed: 1 });
	});

	it('RED when a RED trigger is ticked, whatever the core issues say', () => {
		expect(suggest(d1, ['met', 'met', 'met'], ['OD-1.R2'])).toEqual({
			colour: 'red',
			reasons: [{ rule: 'red_trigger', triggers: ['OD-1.R2'] }]
		});
	});

	it('RED when no core issue is met even partly', () => {
		const s = suggest(d1, ['not_met', 'not_met', 'unknown']);
		expect(s.colour).toBe('red');
		expect(s.reasons.at(-1)).toEqual({ rule: 'none_met' });
	});

	it('GREY when more than half the applicable core issues are unknown', () => {
		expect(suggest(d1, ['met', 'unknown', 'unknown']).colour).toBe('grey');
		// 2 of 4 unknown is exactly half: not GREY
		expect(suggest(d2, ['met', 'met', 'unknown', 'unknown']).colour).toBe('green');
		// N/A core issues leave the denominator: 2 unknown of 3 applicable
		expect(suggest(d2, ['met', 'unknown', 'unknown', 'na']).colour).toBe('grey');
	});

	it('a combination rule: GREEN needs both named core issues and nothing more', () => {
		expect(suggest(d2, ['met', 'met', 'not_met', 'not_met']).colour).toBe('green');
		expect(suggest(d2, ['met', 'partly', 'met', 'met']).colour).toBe('yellow');
	});
});

describe('OD results', () => {
	it('a GREEN dimension can have a RED question: question colours are never averaged in', () => {
		const result = scoreOd(od, {
			answers: [assessor('OD-1.1', 'green'), assessor('OD-1.2', 'red'), assessor('OD-1.3', 'green')],
			dimensions: [
				{ code: 'OD-1', source: 'assessor', coreIssues: { 'OD-1.C1': 'met', 'OD-1.C2': 'met', 'OD-1.C3': 'partly' }, redTriggers: [], colour: 'green' }
			]
		});
		const d1 = result.dimensions[0];
		expect(d1.bySource.assessor.suggestion.colour).toBe('green');
		expect(d1.bySource.assessor.confirmed).toEqual({ colour: 'green', override: false, justification: null });
		expect(d1.questionRatings.map((q) => q.ratings.assessor)).toEqual(['green', 'red', 'green']);
		expect(d1.bySource.assessor.problems).toEqual([]);
	});

	it('an override without a justification is invalid; with one it stands, marked as an override', () => {
		const base = { code: 'OD-1', source: 'assessor' as const, coreIssues: { 'OD-1.C1': 'met' as const, 'OD-1.C2': 'met' as const }, redTriggers: [] };
		const without = scoreOd(od, { answers: [], dimensions: [{ ...base, colour: 'yellow' }] }).dimensions[0].bySource.assessor;
		expect(without.confirmed?.override).toBe(true);
		expect(without.problems).toEqual(['override_without_justification']);
		const withJustification = scoreOd(od, {
			answers: [],
			dimensions: [{ ...base, colour: 'yellow', justification: 'Rubric: support from key agencies is verbal only.' }]
		}).dimensions[0].bySource.assessor;
		expect(withJustification.problems).toEqual([]);
		expect(withJustification.confirmed).toEqual({ colour: 'yellow', override: true, justification: 'Rubric: support from key agencies is verbal only.' });
	});

	it('GREY is never counted as RED: below target lists only real colours, GREY needs evidence', () => {
		const result = scoreOd(od, {
			answers: [assessor('OD-1.1', 'grey'), assessor('OD-1.2', 'red'), final('OD-1.3', 'yellow_green'), assessor('OD-1.3', 'green')]
		});
		expect(result.belowTarget.filter((f) => f.level === 'question').map((f) => [f.code, f.source, f.rating])).toEqual([
			['OD-1.2', 'assessor', 'red'],
			['OD-1.3', 'final', 'yellow_green']
		]);
		expect(result.needsEvidence.map((f) => f.code)).toEqual(['OD-1.1']);
		expect(result.summaries.assessor.questionCounts).toEqual({ grey: 1, red: 1, green: 1 });
	});

	it('committee targets override the framework default', () => {
		const result = scoreOd(od, { answers: [assessor('OD-1.1', 'yellow')] }, { targets: { 'OD-1.1': 'yellow' } });
		expect(result.belowTarget.map((f) => f.code)).not.toContain('OD-1.1');
	});

	it('evidence confidence: documented beats interview only beats none', () => {
		const result = scoreOd(od, {
			answers: [],
			evidence: [
				{ code: 'OD-1.1', kind: 'interview' },
				{ code: 'OD-1.1', kind: 'document' },
				{ code: 'OD-1.2', kind: 'interview' }
			]
		});
		expect(result.questions.slice(0, 3).map((q) => q.evidenceConfidence)).toEqual(['documented', 'interview_only', 'none']);
	});
});

describe('targets for DG', () => {
	it("below target uses the final rating, else the assessor's; don't know draws evidence collection", () => {
		const result = scoreDg(dg, {
			answers: [assessor('DG-1.1', '2'), final('DG-1.1', '3'), assessor('DG-1.2', '1'), assessor('DG-1.3', 'dont_know'), self('DG-1.4', '1')]
		});
		const questions = result.belowTarget.filter((f) => f.level === 'question');
		expect(questions).toEqual([{ code: 'DG-1.2', level: 'question', source: 'assessor', rating: '1', target: '3' }]);
		expect(result.needsEvidence.map((f) => f.code)).toEqual(['DG-1.3']);
	});
});
