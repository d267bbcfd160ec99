import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFramework } from '../frameworks/validate';
import type { DgFramework, OdFramework } from '../frameworks/schema';
import { scoreDg, scoreOd, suggestDimensionColour } from './engine';
import { miniDg, miniOd } from './fixtures/mini-frameworks';
import { coreIssueStatuses, type CoreIssueStatus } from './ratings';
import type { AnswerInput } from './types';

const dg = loadFramework(miniDg) as DgFramework;
const od = loadFramework(miniOd) as OdFramework;
const pillarOneCodes = dg.sections[0].questions.map((q) => q.code);
const odCodes = od.sections.flatMap((d) => d.questions.filter((q) => q.scope === 'organisation').map((q) => q.code));

const dgRating = fc.constantFrom('1', '2', '3', '4', 'na', 'dont_know', null);
const odRating = fc.constantFrom('red', 'red_yellow', 'yellow', 'yellow_green', 'green', 'grey', 'na', null);

const dgAnswers = fc.tuple(...pillarOneCodes.map(() => dgRating)).map((ratings) =>
	ratings.map((rating, i): AnswerInput => ({ code: pillarOneCodes[i], source: 'self', rating }))
);

describe('DG properties', () => {
	it('raising one answer never lowers its pillar score', () => {
		fc.assert(
			fc.property(dgAnswers, fc.integer({ min: 0, max: pillarOneCodes.length - 1 }), fc.constantFrom('1', '2', '3'), (answers, i, level) => {
				const before = answers.map((a, k) => (k === i ? { ...a, rating: level } : a));
				const after = answers.map((a, k) => (k === i ? { ...a, rating: String(Number(level) + 1) } : a));
				const s1 = scoreDg(dg, { answers: before }).sources.self.pillars[0].score!;
				const s2 = scoreDg(dg, { answers: after }).sources.self.pillars[0].score!;
				expect(s2).toBeGreaterThanOrEqual(s1);
			})
		);
	});

	it('N/A never changes a mean', () => {
		fc.assert(
			fc.property(dgAnswers, fc.integer({ min: 0, max: pillarOneCodes.length - 1 }), (answers, i) => {
				const withNa = answers.map((a, k) => (k === i ? { ...a, rating: 'na' } : a));
				const without = answers.filter((_, k) => k !== i);
				const a = scoreDg(dg, { answers: withNa }).sources.self.pillars[0];
				// Dropping the question entirely = leaving it unanswered; the mean must match N/A's.
				const b = scoreDg(dg, { answers: without }).sources.self.pillars[0];
				expect(a.score).toBe(b.score);
			})
		);
	});

	it('results are independent of the order of answers', () => {
		fc.assert(
			fc.property(dgAnswers.chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }))), ([answers, shuffled]) => {
				expect(scoreDg(dg, { answers: shuffled })).toEqual(scoreDg(dg, { answers }));
			})
		);
	});
});

describe('OD properties', () => {
	const odAnswers = fc.tuple(...odCodes.map(() => odRating)).map((ratings) =>
		ratings.map((rating, i): AnswerInput => ({ code: odCodes[i], source: 'assessor', rating }))
	);

	it('GREY never counts as RED', () => {
		fc.assert(
			fc.property(odAnswers, (answers) => {
				const result = scoreOd(od, { answers });
				const greyCodes = answers.filter((a) => a.rating === 'grey').map((a) => a.code);
				for (const finding of result.belowTarget) expect(greyCodes).not.toContain(finding.code);
				expect(result.summaries.assessor.questionCounts.red ?? 0).toBe(answers.filter((a) => a.rating === 'red').length);
			})
		);
	});

	it('GREEN is never suggested when a gate core issue is not met', () => {
		const status = fc.constantFrom<CoreIssueStatus>(...coreIssueStatuses);
		fc.assert(
			fc.property(fc.tuple(status, status, status), fc.constantFrom<CoreIssueStatus>('partly', 'not_met', 'unknown', 'na'), ([, b, c], gate) => {
				const d1 = od.sections[0];
				const s = suggestDimensionColour(od, d1, { 'OD-1.C1': gate, 'OD-1.C2': b, 'OD-1.C3': c }, []);
				expect(s.colour).not.toBe('green');
			})
		);
	});

	it('results are independent of the order of answers', () => {
		fc.assert(
			fc.property(odAnswers.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }))), ([answers, shuffled]) => {
				expect(scoreOd(od, { answers: shuffled })).toEqual(scoreOd(od, { answers }));
			})
		);
	});
});
