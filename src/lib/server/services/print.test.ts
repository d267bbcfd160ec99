import { describe, expect, it } from 'vitest';
import { roundFixture } from '../testing/round-fixture';
import { saveAnswer, saveNationalAnswer } from './answers';
import { viewAssessment } from './assessment-access';
import { printModel } from './print';

describe('the paper questionnaire', () => {
	it("with the person's current answers: their choice ticked, reasons and comments; national questions read-only with the round's answer", async () => {
		const f = await roundFixture();
		await saveAnswer(f.db, f.people.leadA, f.dgA, { questionCode: 'DG-1.2', source: 'self', rating: 'na', naReason: 'Không thuộc chức năng', comment: 'Xem Nghị định 29', baseVersion: 0 });
		await saveNationalAnswer(f.db, f.people.assessor, f.roundId, 'dg-sansang-1.0', { questionCode: 'DG-1.5', rating: '3', comment: 'Đã có Chiến lược quốc gia', baseVersion: 0 });
		const view = (await viewAssessment(f.db, f.people.leadA, f.dgA))!;
		const p = printModel(f.db, f.people.leadA, view, 'vi', false);
		expect(p).toMatchObject({ blank: false, source: 'self', organisation: 'Bộ Tài chính', year: 2026 });
		const dg1 = p.sections[0];
		const q2 = dg1.questions.find((q) => q.code === 'DG-1.2')!;
		expect(q2.choices.map((c) => [c.label, c.chosen])).toEqual([
			['Mức 1 – Khởi đầu', false],
			['Mức 2 – Đang phát triển', false],
			['Mức 3 – Xác lập', false],
			['Mức 4 – Tối ưu', false],
			['Không rõ', false],
			['Không áp dụng', true]
		]);
		expect(q2.choices[0].descriptor).toBeTruthy();
		expect(q2.choices[4].descriptor).toBeNull();
		expect(q2).toMatchObject({ naReason: 'Không thuộc chức năng', comment: 'Xem Nghị định 29' });
		const national = dg1.questions.find((q) => q.code === 'DG-1.5')!;
		expect(national).toMatchObject({ national: true, choices: [], nationalAnswer: { label: 'Mức 3 – Xác lập', comment: 'Đã có Chiến lược quốc gia' } });
		expect(p.sections.flatMap((s) => s.questions).some((q) => q.code === 'DG-4.7')).toBe(false);
	});

	it('blank: nothing ticked, nothing written, whoever prints it', async () => {
		const f = await roundFixture();
		await saveAnswer(f.db, f.people.leadA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '2', naReason: null, comment: 'x', baseVersion: 0 });
		const view = (await viewAssessment(f.db, f.people.leadA, f.dgA))!;
		const p = printModel(f.db, f.people.leadA, view, 'vi', true);
		expect(p.blank).toBe(true);
		expect(p.source).toBeNull();
		const all = p.sections.flatMap((s) => s.questions);
		expect(all.every((q) => q.choices.every((c) => !c.chosen) && q.comment === null)).toBe(true);
	});
});
