/**
 * dg-sansang-1.1: dg-sansang-1.0 with one question added (DG-6.8, responsible use of artificial
 * intelligence and advanced analytics) and one rewritten (DG-2.5, whose levels now follow the national
 * satisfaction index). Derived in code from 1.0, so every other question stays word for word the same and
 * the crosswalk can say so: a rewritten question is not comparable across the versions, a new one has no
 * counterpart.
 */
import type { DgFrameworkInput, DgPillarInput } from '../schema';
import { dgSansang10 } from '../dg-sansang-1.0';
import { responsibleAi, satisfactionIndex } from './questions';

/** Questions whose meaning changed in 1.1: same code, different levels, so not comparable with 1.0. */
export const rewrittenIn11 = ['DG-2.5'] as const;
/** Questions new in 1.1. */
export const addedIn11 = ['DG-6.8'] as const;

const base: DgFrameworkInput = structuredClone(dgSansang10);

function revise(pillar: DgPillarInput): DgPillarInput {
	if (pillar.code === 'DG-2')
		return {
			...pillar,
			questions: pillar.questions.map((q) =>
				q.code === satisfactionIndex.code ? structuredClone(satisfactionIndex) : q
			)
		};
	if (pillar.code === 'DG-6')
		return {
			...pillar,
			description: {
				vi: `${pillar.description.vi} Từ phiên bản 1.1, trụ cột xem xét thêm việc sử dụng trí tuệ nhân tạo và phân tích dữ liệu nâng cao có trách nhiệm.`,
				en: `${pillar.description.en} Since version 1.1 the pillar also looks at the responsible use of artificial intelligence and advanced analytics.`
			},
			questions: [...pillar.questions, structuredClone(responsibleAi)]
		};
	return pillar;
}

const rewritten: readonly string[] = rewrittenIn11;
const unchangedCodes = base.sections
	.flatMap((p) => p.questions.map((q) => q.code))
	.filter((code) => !rewritten.includes(code));

export const dgSansang11: DgFrameworkInput = {
	...base,
	id: 'dg-sansang-1.1',
	version: '1.1',
	title: {
		vi: 'Đánh giá mức độ sẵn sàng Chính phủ số — bản điều chỉnh của Sẵn Sàng theo cấu trúc 7 trụ cột, phiên bản 1.1',
		en: 'Digital government readiness — Sẵn Sàng adaptation of the 7-pillar structure, version 1.1'
	},
	description: {
		vi: `Phiên bản 1.1 bổ sung câu hỏi DG-6.8 về sử dụng trí tuệ nhân tạo và phân tích dữ liệu nâng cao có trách nhiệm, và viết lại câu hỏi DG-2.5 để các mức đánh giá theo chỉ số hài lòng quốc gia; vì vậy DG-2.5 và DG-6.8 không so sánh được với phiên bản 1.0, còn ${unchangedCodes.length} câu hỏi khác giữ nguyên và so sánh được. ${base.description.vi}`,
		en: `Version 1.1 adds question DG-6.8 on the responsible use of artificial intelligence and advanced analytics, and rewrites question DG-2.5 so that its levels follow the national satisfaction index; DG-2.5 and DG-6.8 are therefore not comparable with version 1.0, while the other ${unchangedCodes.length} questions are unchanged and comparable. ${base.description.en}`
	},
	source: {
		vi: `${base.source.vi} Phiên bản 1.1 được Sẵn Sàng xây dựng từ phiên bản 1.0, chỉ thay đổi hai câu hỏi DG-2.5 và DG-6.8.`,
		en: `${base.source.en} Version 1.1 was derived by Sẵn Sàng from version 1.0 and changes only questions DG-2.5 and DG-6.8.`
	},
	crosswalk: {
		from: dgSansang10.id,
		map: Object.fromEntries(unchangedCodes.map((code) => [code, code]))
	},
	sections: base.sections.map(revise)
};
