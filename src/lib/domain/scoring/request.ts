/**
 * Validation of a scoring request (the stateless score API, imports): the fields depend on the framework
 * version, so the checks are built from it. Every problem names the place and the reason, in both
 * languages.
 */
import { z } from 'zod';
import type { Framework } from '../frameworks/schema';
import { orgKinds, odDimensionColours } from '../frameworks/vocabulary';
import { allQuestions, type AnyQuestion } from '../frameworks/model';
import { coreIssueStatuses, dgRatings, dimensionSources, odColours, odRatings, sources } from './ratings';
import type { ScoreInput, ScoreOptions } from './types';

export interface RequestIssue {
	path: string;
	message: { vi: string; en: string };
}

const answer = z.object({
	code: z.string().max(40),
	source: z.enum(sources),
	rating: z.string().max(20).nullable()
});
const nationalAnswer = z.object({ code: z.string().max(40), rating: z.string().max(20).nullable() });
const dimension = z.object({
	code: z.string().max(40),
	source: z.enum(dimensionSources),
	coreIssues: z.record(z.string().max(40), z.enum(coreIssueStatuses)).default({}),
	redTriggers: z.array(z.string().max(40)).max(50).default([]),
	colour: z.enum(odDimensionColours).nullable().optional(),
	justification: z.string().max(10_000).nullable().optional()
});
const evidence = z.object({
	code: z.string().max(40),
	kind: z.enum(['document', 'link', 'interview', 'fact_sheet'])
});

export const scoreRequestShape = z.object({
	orgKind: z.enum(orgKinds).optional(),
	targets: z.record(z.string().max(40), z.string().max(20)).optional(),
	answers: z.array(answer).max(2000).default([]),
	national: z.array(nationalAnswer).max(500).default([]),
	dimensions: z.array(dimension).max(200).default([]),
	evidence: z.array(evidence).max(5000).default([])
});
export type ScoreRequest = z.infer<typeof scoreRequestShape>;

function allowedRatings(fw: Framework): readonly string[] {
	return fw.kind === 'dg' ? dgRatings : odRatings;
}

export function validateScoreRequest(
	fw: Framework,
	body: unknown
): { ok: true; input: ScoreInput; options: ScoreOptions } | { ok: false; issues: RequestIssue[] } {
	const shape = scoreRequestShape.safeParse(body);
	if (!shape.success) {
		return {
			ok: false,
			issues: shape.error.issues.map((i) => {
				const path = i.path.map(String).join('.') || '(body)';
				return { path, message: { en: i.message, vi: `Sai định dạng: ${i.message}` } };
			})
		};
	}
	const req = shape.data;
	const issues: RequestIssue[] = [];
	const questions = new Map<string, AnyQuestion>(allQuestions(fw).map((q) => [q.code, q]));
	const ratings = allowedRatings(fw);
	const seen = new Set<string>();
	req.answers.forEach((a, i) => {
		const q = questions.get(a.code);
		if (!q) {
			issues.push({
				path: `answers.${i}.code`,
				message: {
					en: `${a.code} is not a question of ${fw.id}`,
					vi: `${a.code} không phải là câu hỏi của ${fw.id}`
				}
			});
			return;
		}
		if (q.scope === 'national')
			issues.push({
				path: `answers.${i}.code`,
				message: {
					en: `${a.code} is a national question: send it in "national", not per source`,
					vi: `${a.code} là câu hỏi cấp quốc gia: gửi trong "national", không theo từng nguồn`
				}
			});
		if (a.rating !== null && !ratings.includes(a.rating))
			issues.push({
				path: `answers.${i}.rating`,
				message: {
					en: `"${a.rating}" is not a rating of ${a.code} (allowed: ${ratings.join(', ')})`,
					vi: `"${a.rating}" không phải là mức đánh giá hợp lệ của ${a.code} (cho phép: ${ratings.join(', ')})`
				}
			});
		const key = `${a.code}|${a.source}`;
		if (seen.has(key))
			issues.push({
				path: `answers.${i}`,
				message: {
					en: `${a.code} has more than one ${a.source} answer`,
					vi: `${a.code} có nhiều hơn một câu trả lời nguồn ${a.source}`
				}
			});
		seen.add(key);
	});
	const seenNational = new Set<string>();
	req.national.forEach((n, i) => {
		const q = questions.get(n.code);
		if (!q || q.scope !== 'national') {
			issues.push({
				path: `national.${i}.code`,
				message: {
					en: `${n.code} is not a national question of ${fw.id}`,
					vi: `${n.code} không phải là câu hỏi cấp quốc gia của ${fw.id}`
				}
			});
			return;
		}
		if (n.rating !== null && !ratings.includes(n.rating))
			issues.push({
				path: `national.${i}.rating`,
				message: {
					en: `"${n.rating}" is not a rating of ${n.code}`,
					vi: `"${n.rating}" không phải là mức đánh giá hợp lệ của ${n.code}`
				}
			});
		if (seenNational.has(n.code))
			issues.push({
				path: `national.${i}`,
				message: { en: `${n.code} is answered twice`, vi: `${n.code} được trả lời hai lần` }
			});
		seenNational.add(n.code);
	});
	if (fw.kind === 'dg' && req.dimensions.length > 0) {
		issues.push({
			path: 'dimensions',
			message: {
				en: 'dimension assessments belong to open data frameworks only',
				vi: 'đánh giá khía cạnh chỉ áp dụng cho bộ tiêu chí dữ liệu mở'
			}
		});
	}
	if (fw.kind === 'od') {
		const dims = new Map(fw.sections.map((d) => [d.code, d]));
		const seenDim = new Set<string>();
		req.dimensions.forEach((d, i) => {
			const dim = dims.get(d.code);
			if (!dim) {
				issues.push({
					path: `dimensions.${i}.code`,
					message: { en: `${d.code} is not a dimension of ${fw.id}`, vi: `${d.code} không phải là khía cạnh của ${fw.id}` }
				});
				return;
			}
			for (const ci of Object.keys(d.coreIssues)) {
				if (!dim.coreIssues.some((c) => c.code === ci))
					issues.push({
						path: `dimensions.${i}.coreIssues.${ci}`,
						message: { en: `${ci} is not a core issue of ${d.code}`, vi: `${ci} không phải là vấn đề cốt lõi của ${d.code}` }
					});
			}
			d.redTriggers.forEach((t, k) => {
				if (!dim.redTriggers.some((r) => r.code === t))
					issues.push({
						path: `dimensions.${i}.redTriggers.${k}`,
						message: { en: `${t} is not a RED trigger of ${d.code}`, vi: `${t} không phải là dấu hiệu ĐỎ của ${d.code}` }
					});
			});
			const key = `${d.code}|${d.source}`;
			if (seenDim.has(key))
				issues.push({
					path: `dimensions.${i}`,
					message: { en: `${d.code} is assessed twice for ${d.source}`, vi: `${d.code} được đánh giá hai lần cho nguồn ${d.source}` }
				});
			seenDim.add(key);
		});
	}
	const sectionCodes = new Set(fw.sections.map((s) => s.code));
	for (const [code, target] of Object.entries(req.targets ?? {})) {
		if (!questions.has(code) && !sectionCodes.has(code))
			issues.push({
				path: `targets.${code}`,
				message: { en: `${code} is not a question, pillar or dimension of ${fw.id}`, vi: `${code} không thuộc ${fw.id}` }
			});
		const valid = fw.kind === 'dg' ? ['1', '2', '3', '4'].includes(target) : (odColours as readonly string[]).includes(target);
		if (!valid)
			issues.push({
				path: `targets.${code}`,
				message: { en: `"${target}" is not a possible target`, vi: `"${target}" không phải là mục tiêu hợp lệ` }
			});
	}
	req.evidence.forEach((e, i) => {
		if (!questions.has(e.code))
			issues.push({
				path: `evidence.${i}.code`,
				message: { en: `${e.code} is not a question of ${fw.id}`, vi: `${e.code} không phải là câu hỏi của ${fw.id}` }
			});
	});
	if (issues.length) return { ok: false, issues };
	return {
		ok: true,
		input: {
			answers: req.answers,
			national: req.national,
			dimensions: req.dimensions.map((d) => ({ ...d, colour: d.colour ?? null, justification: d.justification ?? null })),
			evidence: req.evidence
		},
		options: { orgKind: req.orgKind, targets: req.targets }
	};
}
