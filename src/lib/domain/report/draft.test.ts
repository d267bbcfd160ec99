import { describe, expect, it } from 'vitest';
import { loadFramework } from '../frameworks/validate';
import type { DgFramework, OdFramework } from '../frameworks/schema';
import { scoreDg, scoreOd } from '../scoring/engine';
import { miniDg, miniOd } from '../scoring/fixtures/mini-frameworks';
import type { AnswerInput } from '../scoring/types';
import { draftAgencyItems, draftCrossCutting, interviewCitation, leadershipFirst, orderBySection, type ReportEvidence } from './draft';
import { itemText, planActions, timelineRows, type ReportItem } from './model';

const dg = loadFramework(miniDg) as DgFramework;
const od = loadFramework(miniOd) as OdFramework;
const a = (code: string, source: AnswerInput['source'], rating: string | null): AnswerInput => ({ code, source, rating });
const org = { vi: 'Sở Thông tin và Truyền thông Đà Nẵng', en: 'Da Nang Department of Information and Communications' };

const dgResult = scoreDg(dg, {
	answers: [
		a('DG-1.1', 'assessor', '1'), // below target 3
		a('DG-1.2', 'assessor', '3'), // at target
		a('DG-1.3', 'assessor', 'dont_know'), // evidence to collect
		a('DG-1.4', 'assessor', '4'),
		a('DG-2.1', 'assessor', '2'), // below target
		a('DG-2.2', 'assessor', '1'),
		a('DG-2.2', 'final', '3'), // the final rating wins: at target
		a('DG-2.2', 'self', '1')
	]
});

const evidence: ReportEvidence[] = [
	{ id: 1, kind: 'document', title: 'Quyết định 123/QĐ', description: 'Ban chỉ đạo chuyển đổi số', polarity: '+', interview: null, codes: ['DG-1.2'] },
	{ id: 2, kind: 'interview', title: 'Ghi chú mật', description: 'nội dung ghi chú không được trích', polarity: '-', interview: { roles: 'Phó Giám đốc', category: 'data_holder', date: '2026-10-02' }, codes: ['DG-2.1'] },
	{ id: 3, kind: 'link', title: 'Cổng dữ liệu', description: null, polarity: 'mixed', interview: null, codes: ['DG-1.1'] }
];

describe('agency report drafting (DG)', () => {
	const items = draftAgencyItems({ framework: dg, result: dgResult, evidence, organisation: org });
	const recs = items.filter((i) => i.kind === 'recommendation');
	const actions = items.filter((i) => i.kind === 'action');

	it('recommends for exactly the questions below target (the final rating where there is one) and asks for evidence where the answer is "don\'t know"', () => {
		expect(recs.map((r) => r.sourceRef)).toEqual(['below-target:DG-1.1', 'evidence-gap:DG-1.3', 'below-target:DG-2.1']);
		expect(actions.map((r) => r.sourceRef)).toEqual(recs.map((r) => r.sourceRef));
		expect(recs.some((r) => String(r.fields.code) === 'DG-2.2')).toBe(false);
	});

	it('takes the recommendation for the level reached from the library, and the evidence request for "don\'t know"', () => {
		expect(recs[0]).toMatchObject({ textEn: 'from 1', textVi: '[vi] from 1', fields: { code: 'DG-1.1', rating: '1', target: '3' } });
		expect(recs[1]).toMatchObject({ textEn: 'collect' });
		expect(recs[2]).toMatchObject({ textEn: 'from 2', fields: { rating: '2' } });
	});

	it('puts leadership first, gives it to the leadership of the organisation, and buckets timescales by priority', () => {
		expect(actions[0].fields).toMatchObject({ priority: 'high', timescale: '0-6', responsibleVi: `Lãnh đạo ${org.vi}`, responsibleEn: `Leadership of ${org.en}`, status: 'planned' });
		// Collecting evidence is quick and medium priority.
		expect(actions[1].fields).toMatchObject({ priority: 'medium', timescale: '0-6' });
		// DG-2.1 at level 2: medium priority, 6–18 months, the organisation itself responsible.
		expect(actions[2].fields).toMatchObject({ priority: 'medium', timescale: '6-18', responsibleVi: org.vi });
	});

	it('draws strengths and challenges from + and − evidence only, citing interviews by role, category and date, never their notes', () => {
		const findings = items.filter((i) => i.kind === 'strength' || i.kind === 'challenge');
		expect(findings).toEqual([
			{ section: 'DG-1', kind: 'strength', textVi: 'Quyết định 123/QĐ: Ban chỉ đạo chuyển đổi số', textEn: null, fields: {}, sourceRef: 'evidence:1' },
			{ section: 'DG-2', kind: 'challenge', textVi: 'Phỏng vấn — Phó Giám đốc, cơ quan nắm giữ dữ liệu, 2 thg 10, 2026', textEn: 'Interview — Phó Giám đốc, data holder, 2 Oct 2026', fields: {}, sourceRef: 'evidence:2' }
		]);
		expect(JSON.stringify(items)).not.toContain('Ghi chú mật');
		expect(JSON.stringify(items)).not.toContain('không được trích');
	});

	it('writes one summary remark per pillar, counting its recommendations', () => {
		const remarks = items.filter((i) => i.kind === 'remark');
		expect(remarks.map((r) => [r.section, r.textEn])).toEqual([
			['DG-1', "2 recommendations to reach the next round's target."],
			['DG-2', "1 recommendation to reach the next round's target."]
		]);
	});

	it('recommends nothing when everything reached its target', () => {
		const all = scoreDg(dg, { answers: ['DG-1.1', 'DG-1.2', 'DG-1.3', 'DG-1.4', 'DG-2.1', 'DG-2.2'].map((c) => a(c, 'assessor', '3')) });
		const none = draftAgencyItems({ framework: dg, result: all, evidence: [], organisation: org });
		expect(none.filter((i) => i.kind === 'recommendation' || i.kind === 'action')).toEqual([]);
		expect(none.filter((i) => i.kind === 'remark').every((r) => r.textEn === 'Target reached; sustain it and share the experience.')).toBe(true);
	});
});

describe('agency report drafting (OD)', () => {
	const result = scoreOd(od, {
		answers: [a('OD-1.1', 'assessor', 'red'), a('OD-1.2', 'assessor', 'green'), a('OD-2.1', 'assessor', 'grey'), a('OD-2.2', 'assessor', 'yellow')],
		dimensions: [
			{ code: 'OD-1', source: 'assessor', coreIssues: { 'OD-1.C1': 'not_met' }, redTriggers: [], colour: 'red' },
			{ code: 'OD-2', source: 'assessor', coreIssues: {}, redTriggers: [], colour: 'grey', justification: 'Chưa có thông tin' }
		]
	});
	const items = draftAgencyItems({ framework: od, result, evidence: [], organisation: org });
	const refs = items.filter((i) => i.kind === 'action').map((i) => i.sourceRef);

	it('drafts for questions and dimensions below target and collects evidence for GREY', () => {
		expect(refs).toEqual(['below-target:OD-1.1', 'below-target:OD-1', 'evidence-gap:OD-2.1', 'below-target:OD-2.2', 'evidence-gap:OD-2']);
		const dim = items.find((i) => i.kind === 'recommendation' && i.sourceRef === 'below-target:OD-1');
		expect(dim?.textEn).toBe('dimension action');
		const grey = items.find((i) => i.kind === 'recommendation' && i.sourceRef === 'evidence-gap:OD-2');
		expect(grey?.textEn).toBe('dimension collect');
	});

	it('gives a red very-high-importance item high priority and a short timescale', () => {
		const red = items.find((i) => i.kind === 'action' && i.sourceRef === 'below-target:OD-1.1');
		expect(red?.fields).toMatchObject({ priority: 'high', timescale: '0-6' });
	});
});

describe('ordering', () => {
	it('puts leadership and institutions first within a framework, stable otherwise', () => {
		const list = [{ section: 'OD-2', n: 1 }, { section: 'OD-3', n: 2 }, { section: 'OD-1', n: 3 }, { section: 'OD-2', n: 4 }];
		// OD-1 (leadership) then OD-3 (institutions), then the framework's order.
		expect(orderBySection(od, list).map((i) => i.n)).toEqual([3, 2, 1, 4]);
	});

	it('across frameworks: DG-1, OD-1 and OD-3 before everything else, in drafted order', () => {
		const list = ['DG-2', 'DG-1', 'OD-2', 'OD-3', 'OD-1', 'DG-3'].map((section, n) => ({ section, n }));
		expect(leadershipFirst(list).map((i) => i.section)).toEqual(['DG-1', 'OD-1', 'OD-3', 'DG-2', 'OD-2', 'DG-3']);
	});
});

const item = (id: number, position: number, timescale: string, extra: Partial<ReportItem> = {}): ReportItem => ({
	id,
	section: 'DG-1',
	kind: 'action',
	position,
	textVi: `hành động ${id}`,
	textEn: `action ${id}`,
	fields: { timescale, priority: 'medium' },
	origin: 'drafted',
	...extra
});

describe('action plan and timeline', () => {
	const items = [item(1, 2, '18+'), item(2, 0, '6-18'), item(3, 1, '0-6'), item(4, 3, '0-6'), { ...item(5, 4, '0-6'), kind: 'recommendation' as const }];

	it('keeps the edited order in the plan and leaves other items out', () => {
		expect(planActions(items).map((i) => i.id)).toEqual([2, 3, 1, 4]);
	});

	it('spans each action over its timescale bucket (0–6, 6–18, 18+ months), short ones first', () => {
		expect(timelineRows(items).map((r) => [r.item.id, r.start, r.end])).toEqual([
			[3, 0, 6],
			[4, 0, 6],
			[2, 6, 18],
			[1, 18, 30]
		]);
	});
});

describe('not translated', () => {
	it('shows the reader\'s language when there is one, else the other language flagged as not translated', () => {
		expect(itemText({ textVi: 'Điểm mạnh', textEn: 'Strength' }, 'en')).toEqual({ text: 'Strength', translated: true });
		expect(itemText({ textVi: 'Chỉ có tiếng Việt', textEn: null }, 'en')).toEqual({ text: 'Chỉ có tiếng Việt', translated: false });
		expect(itemText({ textVi: '  ', textEn: 'English only' }, 'vi')).toEqual({ text: 'English only', translated: false });
		expect(itemText({ textVi: 'Có', textEn: 'Yes' }, 'vi')).toEqual({ text: 'Có', translated: true });
	});
});

describe('national synthesis: cross-cutting recommendations', () => {
	const r = (levels: string[]) => scoreDg(dg, { answers: ['DG-1.1', 'DG-1.2', 'DG-2.1'].map((c, i) => a(c, 'final', levels[i])) });
	const results = [r(['1', '3', '2']), r(['2', '3', '2']), r(['1', '1', '4'])];
	const items = draftCrossCutting({ framework: dg, results });

	it('turns the gaps shared by at least two organisations into recommendations, most shared first, with the commonest level\'s text', () => {
		const recs = items.filter((i) => i.kind === 'recommendation');
		expect(recs.map((i) => [i.fields.code, i.fields.organisations, i.textEn])).toEqual([
			['DG-1.1', 3, 'from 1'],
			['DG-2.1', 2, 'from 2']
		]);
		expect(items.filter((i) => i.kind === 'action').every((i) => i.fields.responsibleEn === 'National committee and its secretariat')).toBe(true);
	});

	it('cites interviews in both languages', () => {
		expect(interviewCitation({ roles: 'Chuyên viên', category: 'user_civil_society', date: '2026-09-30' })).toEqual({
			vi: 'Phỏng vấn — Chuyên viên, người dùng dữ liệu, xã hội dân sự, 30 thg 9, 2026',
			en: 'Interview — Chuyên viên, data users and civil society, 30 Sept 2026'
		});
	});
});
