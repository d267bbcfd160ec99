import { describe, expect, it } from 'vitest';
import { shippedFrameworks } from './shipped';
import { loadFramework, parseFramework, parseFrameworkJson } from './validate';
import type { DgFramework, DgQuestion, I18nText, OdFramework } from './schema';
import { allQuestions, findQuestion } from './model';
import { addedIn11, rewrittenIn11 } from './dg-sansang-1.1';

const frameworks = shippedFrameworks.map((f) => loadFramework(f));
const od = frameworks.find((f) => f.id === 'od-odra-3.1') as OdFramework;
const dg = frameworks.find((f) => f.id === 'dg-sansang-1.0') as DgFramework;
const dg11 = frameworks.find((f) => f.id === 'dg-sansang-1.1') as DgFramework;

/** Every {vi, en} text anywhere in a definition. */
function texts(value: unknown, path = ''): { path: string; text: I18nText }[] {
	if (!value || typeof value !== 'object') return [];
	if ('vi' in value && 'en' in value) return [{ path, text: value as I18nText }];
	return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe('shipped frameworks', () => {
	it('all three load and validate, each version after the one its crosswalk names', () => {
		expect(od).toBeDefined();
		expect(dg).toBeDefined();
		expect(dg11).toBeDefined();
		const ids = frameworks.map((f) => f.id);
		for (const fw of frameworks)
			if (fw.crosswalk) expect(ids.indexOf(fw.crosswalk.from), fw.id).toBeLessThan(ids.indexOf(fw.id));
	});

	it('od-odra-3.1 has the 8 ODRA dimensions and 43 primary questions (5+6+8+7+4+5+4+4)', () => {
		expect(od.sections.map((d) => d.code)).toEqual(['OD-1', 'OD-2', 'OD-3', 'OD-4', 'OD-5', 'OD-6', 'OD-7', 'OD-8']);
		expect(od.sections.map((d) => d.questions.length)).toEqual([5, 6, 8, 7, 4, 5, 4, 4]);
		expect(allQuestions(od)).toHaveLength(43);
	});

	it('od-odra-3.1 keeps the method: importance labels, gates of D1–D4, 64 evidence items, 30 information requests', () => {
		expect(od.sections.map((d) => d.importance)).toEqual([
			'very_high', 'high', 'high', 'high', 'very_high', 'high', 'medium_high', 'high'
		]);
		expect(od.sections.find((d) => d.code === 'OD-1')!.questions.find((q) => q.code === 'OD-1.5')!.importance).toBeNull();
		expect(od.sections[0].green.required).toEqual(['OD-1.C1']);
		expect(od.sections[1].green.required).toEqual(['OD-2.C1', 'OD-2.C2', 'OD-2.C4']);
		expect(od.sections[2].green.required).toEqual(['OD-3.C1']);
		expect(od.sections[3].green.required).toEqual(['OD-4.C1']);
		for (const d of od.sections.slice(0, 4)) expect(d.green.minAdditionalMet).toBe(1);
		const evidence = od.sections.flatMap((d) => d.evidence);
		expect(evidence).toHaveLength(64);
		expect(evidence.filter((e) => e.polarity === '+')).toHaveLength(41);
		expect(od.informationRequests).toHaveLength(30);
		expect(od.legalDisclaimer.beforeDimension).toBe('OD-2');
	});

	it('dg-sansang-1.0 has 7 pillars of 5–7 questions, four descriptors each, and says it is an adaptation', () => {
		expect(dg.sections.map((p) => p.code)).toEqual(['DG-1', 'DG-2', 'DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7']);
		for (const p of dg.sections) {
			expect(p.questions.length).toBeGreaterThanOrEqual(5);
			expect(p.questions.length).toBeLessThanOrEqual(7);
		}
		expect(dg.scale.levels).toHaveLength(4);
		expect(dg.source.en.toLowerCase()).toContain('adapt');
		expect(dg.source.vi.toLowerCase()).toMatch(/điều chỉnh|vận dụng|chuyển thể|xây dựng lại|phỏng theo/);
	});

	it('dg-sansang-1.1 is 1.0 plus DG-6.8 with DG-2.5 rewritten, and says so', () => {
		expect(dg11.version).toBe('1.1');
		expect(allQuestions(dg)).toHaveLength(47);
		expect(allQuestions(dg11)).toHaveLength(48);
		expect(dg11.sections.find((p) => p.code === 'DG-6')!.questions.at(-1)!.code).toBe('DG-6.8');
		for (const text of [dg11.title, dg11.description]) {
			expect(text.vi).toContain('1.1');
			expect(text.en).toContain('1.1');
		}
		for (const code of ['DG-2.5', 'DG-6.8']) {
			expect(dg11.description.vi).toContain(code);
			expect(dg11.description.en).toContain(code);
		}
		// Every question but the changed ones is word for word the one of 1.0.
		for (const q of allQuestions(dg).filter((q) => q.code !== 'DG-2.5'))
			expect(findQuestion(dg11, q.code), q.code).toEqual(q);
		const before = findQuestion(dg, 'DG-2.5') as DgQuestion;
		const after = findQuestion(dg11, 'DG-2.5') as DgQuestion;
		expect(after.text.vi).not.toBe(before.text.vi);
		expect(after.text.vi).toContain('chỉ số hài lòng quốc gia');
		expect(after.text.en).toContain('national satisfaction index');
		for (const i of [0, 1, 2, 3]) expect(after.descriptors[i].vi).not.toBe(before.descriptors[i].vi);
		const ai = findQuestion(dg11, 'DG-6.8')!;
		expect(ai.label.en).toMatch(/AI/);
		expect(ai.text.vi).toContain('trí tuệ nhân tạo');
		expect(ai.text.en).toContain('artificial intelligence');
		expect(ai.scope).toBe('organisation');
		expect(ai.appliesTo).toBeUndefined();
	});

	it('dg-sansang-1.1 crosswalks the 46 unchanged questions of 1.0 to themselves; DG-2.5 and DG-6.8 are not comparable', () => {
		expect(dg11.crosswalk?.from).toBe('dg-sansang-1.0');
		const map = dg11.crosswalk!.map;
		expect(Object.keys(map)).toHaveLength(46);
		for (const [from, to] of Object.entries(map)) {
			expect(to).toBe(from);
			expect(findQuestion(dg, from), from).toBeDefined();
		}
		expect(map).not.toHaveProperty('DG-2.5');
		expect(Object.values(map)).not.toContain('DG-2.5');
		expect(Object.values(map)).not.toContain('DG-6.8');
		expect([...rewrittenIn11, ...addedIn11]).toEqual(['DG-2.5', 'DG-6.8']);
		// Every 1.1 question is either reached by the crosswalk or declared changed or new.
		const reached = new Set(Object.values(map));
		expect(allQuestions(dg11).filter((q) => !reached.has(q.code)).map((q) => q.code)).toEqual(['DG-2.5', 'DG-6.8']);
	});

	it('every text exists in both languages, Vietnamese in NFC with diacritics', () => {
		for (const fw of frameworks) {
			const all = texts(fw);
			expect(all.length).toBeGreaterThan(100);
			for (const { path, text } of all) {
				expect(text.vi.trim(), `${fw.id} ${path}.vi`).not.toBe('');
				expect(text.en.trim(), `${fw.id} ${path}.en`).not.toBe('');
				expect(text.vi, `${fw.id} ${path}.vi is not NFC`).toBe(text.vi.normalize('NFC'));
			}
			const diacritics = all.filter(({ text }) => /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i.test(text.vi)).length;
			expect(diacritics / all.length).toBeGreaterThan(0.9);
		}
	});

	it('every code is unique within a version', () => {
		for (const fw of frameworks) {
			const codes = allQuestions(fw).map((q) => q.code);
			expect(new Set(codes).size).toBe(codes.length);
		}
	});

	it('national questions exist in both frameworks', () => {
		expect(allQuestions(od).some((q) => q.scope === 'national')).toBe(true);
		expect(allQuestions(dg).some((q) => q.scope === 'national')).toBe(true);
	});
});

describe('framework validation refuses a corrupted definition with a precise message', () => {
	const copy = () => JSON.parse(JSON.stringify(od));

	it('a missing English text', () => {
		const bad = copy();
		delete bad.sections[2].questions[3].text.en;
		const result = parseFramework(bad);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0].path).toBe('sections.2.questions.3.text.en');
	});

	it('a duplicate question code', () => {
		const bad = copy();
		bad.sections[0].questions[1].code = bad.sections[0].questions[0].code;
		const result = parseFramework(bad);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.map((i) => i.message).join()).toContain('used more than once');
	});

	it('a question in the wrong dimension and a gate naming an unknown core issue', () => {
		const bad = copy();
		bad.sections[1].questions[0].code = 'OD-3.9';
		bad.sections[0].green.required = ['OD-1.C9'];
		const result = parseFramework(bad);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.issues).toContainEqual({ path: 'sections.1.questions.0.code', message: 'question OD-3.9 does not belong to section OD-2' });
			expect(result.issues).toContainEqual({ path: 'sections.0.green.required.0', message: 'unknown core issue OD-1.C9' });
		}
	});

	it('a DG question with three descriptors instead of four', () => {
		const bad = JSON.parse(JSON.stringify(dg));
		bad.sections[0].questions[0].descriptors.pop();
		const result = parseFramework(bad);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0].path).toMatch(/^sections\.0\.questions\.0\.descriptors/);
	});

	it('text that is not JSON', () => {
		const result = parseFrameworkJson('{ "id": ');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0].message).toMatch(/not valid JSON/);
	});
});
