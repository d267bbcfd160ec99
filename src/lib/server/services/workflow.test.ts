import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { answerAll, roundFixture } from '../testing/round-fixture';
import { answers, assessments, auditEvents, dimensionAssessments, snapshots, statusEvents } from '../db/schema';
import { transitionAssessment } from './workflow';
import { saveAnswer } from './answers';
import { saveDimensionAssessment } from './dimensions';
import { viewAssessment } from './assessment-access';
import { DomainError } from './errors';

const statusOf = (db: Awaited<ReturnType<typeof roundFixture>>['db'], id: number) =>
	db.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, id)).get()!.status;

async function expectRefusal(p: Promise<unknown>, key: string) {
	await expect(p).rejects.toSatisfy((e: unknown) => e instanceof DomainError && e.key === key);
}

describe('the assessment workflow', () => {
	it('a respondent\'s first save starts the assessment; only the lead submits, once everything is answered', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '2', naReason: null, comment: 'Kế hoạch 2026 đã ban hành', baseVersion: 0 });
		expect(statusOf(db, f.dgA)).toBe('in_progress');
		// Not everything answered: refused with the missing list, nothing changes.
		await expectRefusal(transitionAssessment(db, people.leadA, f.dgA, 'submit', null), 'error_submit_missing');
		await answerAll(db, people.memberA, f.dgA, 'self', (c) => (c === 'DG-2.7' ? 'na' : c === 'DG-3.1' ? 'dont_know' : '3'), 'ministry');
		// A non-lead cannot sign off.
		await expectRefusal(transitionAssessment(db, people.memberA, f.dgA, 'submit', null), 'error_submit_lead_only');
		// The lead of another organisation cannot either.
		await expectRefusal(transitionAssessment(db, people.leadB, f.dgA, 'submit', null), 'error_not_allowed');
		const result = await transitionAssessment(db, people.leadA, f.dgA, 'submit', 'Đã rà soát');
		expect(result).toEqual({ from: 'in_progress', to: 'submitted', snapshotVersion: undefined });
		expect(db.select().from(statusEvents).where(eq(statusEvents.assessmentId, f.dgA)).all().map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
			'not_started→in_progress',
			'in_progress→submitted'
		]);
		// Submitted: respondents can no longer write.
		await expectRefusal(
			saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '4', naReason: null, comment: null, baseVersion: 1 }),
			'error_not_allowed_to_save'
		);
	});

	it('N/A without a reason is not an answer for submission', async () => {
		const f = await roundFixture();
		await answerAll(f.db, f.people.leadA, f.dgA, 'self', '3', 'ministry');
		await saveAnswer(f.db, f.people.leadA, f.dgA, { questionCode: 'DG-4.1', source: 'self', rating: 'na', naReason: null, comment: null, baseVersion: 1 });
		await expect(transitionAssessment(f.db, f.people.leadA, f.dgA, 'submit', null)).rejects.toThrow('error_submit_missing');
	});

	it('assessor review: only the assigned assessor; return needs a comment; the respondent revises and resubmits', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await answerAll(db, people.leadA, f.dgA, 'self', '3', 'ministry');
		await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		await expectRefusal(transitionAssessment(db, people.otherAssessor, f.dgA, 'start_review', null), 'error_not_allowed');
		await expectRefusal(transitionAssessment(db, people.committee, f.dgA, 'start_review', null), 'error_not_allowed');
		await transitionAssessment(db, people.assessor, f.dgA, 'start_review', null);
		await expectRefusal(transitionAssessment(db, people.assessor, f.dgA, 'return', '  '), 'error_comment_required');
		await transitionAssessment(db, people.assessor, f.dgA, 'return', 'Bổ sung minh chứng cho DG-1.1');
		expect(statusOf(db, f.dgA)).toBe('returned');
		await saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '2', naReason: null, comment: 'Đã bổ sung', baseVersion: 1 });
		expect(statusOf(db, f.dgA)).toBe('in_progress');
		await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		expect(statusOf(db, f.dgA)).toBe('submitted');
		// Wrong state: validating a submitted (not in review) assessment is refused.
		await expectRefusal(transitionAssessment(db, people.assessor, f.dgA, 'validate', null), 'error_transition_wrong_state');
	});

	it('validation copies the assessor\'s ratings into final ones, marked carried over; publishing freezes a snapshot that re-opening never changes', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await answerAll(db, people.leadA, f.dgA, 'self', '3', 'ministry');
		await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		await transitionAssessment(db, people.assessor, f.dgA, 'start_review', null);
		await expectRefusal(transitionAssessment(db, people.assessor, f.dgA, 'validate', null), 'error_validate_missing');
		await answerAll(db, people.assessor, f.dgA, 'assessor', '2', 'ministry');
		await transitionAssessment(db, people.assessor, f.dgA, 'validate', null);
		const finals = db.select().from(answers).where(and(eq(answers.assessmentId, f.dgA), eq(answers.source, 'final'))).all();
		expect(finals.length).toBeGreaterThan(40);
		expect(finals.every((a) => a.rating === '2' && a.carriedOver)).toBe(true);
		// The assessor can no longer write; the committee changes one final rating.
		await expectRefusal(saveAnswer(db, people.assessor, f.dgA, { questionCode: 'DG-1.1', source: 'assessor', rating: '3', naReason: null, comment: null, baseVersion: 1 }), 'error_not_allowed_to_save');
		const saved = await saveAnswer(db, people.committee, f.dgA, { questionCode: 'DG-1.1', source: 'final', rating: '4', naReason: null, comment: 'Hiệu chỉnh', baseVersion: 1 });
		expect(saved.status).toBe('saved');
		expect(db.select().from(answers).where(and(eq(answers.assessmentId, f.dgA), eq(answers.source, 'final'), eq(answers.questionCode, 'DG-1.1'))).get()?.carriedOver).toBe(false);

		const published = await transitionAssessment(db, people.committee, f.dgA, 'publish', null);
		expect(published.snapshotVersion).toBe(1);
		const snap1 = db.select().from(snapshots).where(eq(snapshots.assessmentId, f.dgA)).get()!;
		const data = JSON.parse(snap1.data);
		expect(data.questions.find((q: { code: string }) => q.code === 'DG-1.1').rating).toBe('4');
		// Published scorecards carry final ratings only.
		expect(JSON.stringify(data)).not.toContain('"self"');

		await expectRefusal(transitionAssessment(db, people.committee, f.dgA, 'reopen', null), 'error_comment_required');
		await transitionAssessment(db, people.committee, f.dgA, 'reopen', 'Sửa xếp loại DG-1.1');
		await saveAnswer(db, people.committee, f.dgA, { questionCode: 'DG-1.1', source: 'final', rating: '3', naReason: null, comment: null, baseVersion: 2 });
		expect(db.select().from(snapshots).where(eq(snapshots.assessmentId, f.dgA)).get()).toEqual(snap1);
		// Publishing again needs a correction note and creates version 2; version 1 stays.
		await expectRefusal(transitionAssessment(db, people.committee, f.dgA, 'publish', null), 'error_correction_note_required');
		await transitionAssessment(db, people.committee, f.dgA, 'publish', 'Đính chính DG-1.1');
		const all = db.select().from(snapshots).where(eq(snapshots.assessmentId, f.dgA)).all();
		expect(all.map((s) => [s.snapshotVersion, s.correctionNote])).toEqual([
			[1, null],
			[2, 'Đính chính DG-1.1']
		]);
		expect(JSON.parse(all[0].data).questions.find((q: { code: string }) => q.code === 'DG-1.1').rating).toBe('4');
	});

	it('publishing an OD assessment needs a final colour for every dimension', async () => {
		const f = await roundFixture({ mode: 'interview_only' });
		const { db, people } = f;
		await transitionAssessment(db, people.assessor, f.odA, 'start_interview_review', null);
		await answerAll(db, people.assessor, f.odA, 'assessor', 'yellow', 'ministry');
		await expectRefusal(transitionAssessment(db, people.assessor, f.odA, 'validate', null), 'error_validate_dimensions');
		for (let d = 1; d <= 8; d++) {
			const code = `OD-${d}`;
			const result = await saveDimensionAssessment(db, people.assessor, f.odA, { dimensionCode: code, source: 'assessor', coreIssues: {}, redTriggers: [], colour: null, justification: null, baseVersion: 0 });
			const suggested = result.status === 'saved' ? result.suggestion.colour : 'grey';
			await saveDimensionAssessment(db, people.assessor, f.odA, { dimensionCode: code, source: 'assessor', coreIssues: {}, redTriggers: [], colour: suggested, justification: null, baseVersion: 1 });
		}
		await transitionAssessment(db, people.assessor, f.odA, 'validate', null);
		db.update(dimensionAssessments).set({ colour: null }).where(and(eq(dimensionAssessments.assessmentId, f.odA), eq(dimensionAssessments.source, 'final'), eq(dimensionAssessments.dimensionCode, 'OD-3'))).run();
		await expectRefusal(transitionAssessment(db, people.committee, f.odA, 'publish', null), 'error_publish_needs_colours');
	});

	it('is all-or-nothing: a failure half-way through validation or publication leaves nothing behind', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await answerAll(db, people.leadA, f.dgA, 'self', '3', 'ministry');
		await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		await transitionAssessment(db, people.assessor, f.dgA, 'start_review', null);
		await answerAll(db, people.assessor, f.dgA, 'assessor', '2', 'ministry');
		const auditBefore = db.select().from(auditEvents).all().length;
		const boom = (step: string) => {
			if (step === 'after_carry_over') throw new Error('injected failure');
		};
		await expect(transitionAssessment(db, people.assessor, f.dgA, 'validate', null, { failPoint: boom })).rejects.toThrow('injected failure');
		expect(statusOf(db, f.dgA)).toBe('in_review');
		expect(db.select().from(answers).where(and(eq(answers.assessmentId, f.dgA), eq(answers.source, 'final'))).all()).toHaveLength(0);
		expect(db.select().from(auditEvents).all()).toHaveLength(auditBefore);

		await transitionAssessment(db, people.assessor, f.dgA, 'validate', null);
		await expect(
			transitionAssessment(db, people.committee, f.dgA, 'publish', null, { failPoint: (s) => { if (s === 'before_audit') throw new Error('disk full'); } })
		).rejects.toThrow('disk full');
		expect(statusOf(db, f.dgA)).toBe('validated');
		expect(db.select().from(snapshots).all()).toHaveLength(0);
	});
});

describe('blind rating and visibility', () => {
	it('in a blind round the assessor sees a question\'s self-rating once their own is saved', async () => {
		const f = await roundFixture({ blind: true });
		const { db, people } = f;
		await saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: '4', naReason: null, comment: null, baseVersion: 0 });
		const outcome = await saveAnswer(db, people.assessor, f.dgA, { questionCode: 'DG-1.1', source: 'assessor', rating: '2', naReason: null, comment: null, baseVersion: 0 });
		expect(outcome.status === 'saved' && outcome.selfRating?.rating).toBe('4');
		const view = await viewAssessment(db, people.assessor, f.dgA);
		expect(view?.facts.blind).toBe(true);
		expect(await viewAssessment(db, people.otherAssessor, f.dgA)).toBeNull();
		expect(await viewAssessment(db, people.leadB, f.dgA)).toBeNull();
	});
});

describe('saving answers', () => {
	it('a save based on an old version is a conflict showing both values; different answers never conflict', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		const first = await saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-2.1', source: 'self', rating: '3', naReason: null, comment: 'Bản của lãnh đạo', baseVersion: 0 });
		expect(first.status).toBe('saved');
		const second = await saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-2.1', source: 'self', rating: '2', naReason: null, comment: 'Bản của chuyên viên', baseVersion: 0 });
		expect(second.status).toBe('conflict');
		if (second.status === 'conflict') {
			expect(second.mine).toEqual({ rating: '2', naReason: null, comment: 'Bản của chuyên viên' });
			expect(second.current).toMatchObject({ rating: '3', comment: 'Bản của lãnh đạo', version: 1, updatedBy: people.leadA.name });
		}
		const other = await saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-2.2', source: 'self', rating: '2', naReason: null, comment: null, baseVersion: 0 });
		expect(other.status).toBe('saved');
		// Choosing to keep one's own value after seeing the conflict: a save on the current version.
		const resolved = await saveAnswer(db, people.memberA, f.dgA, { questionCode: 'DG-2.1', source: 'self', rating: '2', naReason: null, comment: 'Bản của chuyên viên', baseVersion: 1 });
		expect(resolved.status).toBe('saved');
	});

	it('a retried save with the same client id is applied once', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		const save = { questionCode: 'DG-3.1', source: 'self' as const, rating: '2', naReason: null, comment: 'x', baseVersion: 0, clientId: 'retry-abcdef12' };
		const a = await saveAnswer(db, people.leadA, f.dgA, save);
		const b = await saveAnswer(db, people.leadA, f.dgA, save);
		expect(b).toEqual(a);
		const rows = db.select().from(answers).where(and(eq(answers.assessmentId, f.dgA), eq(answers.questionCode, 'DG-3.1'))).all();
		expect(rows.map((r) => r.version)).toEqual([1]);
		expect(db.select().from(auditEvents).where(eq(auditEvents.entity, 'answer')).all()).toHaveLength(1);
	});

	it('refuses national questions, unknown codes and impossible ratings without storing anything', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await expectRefusal(saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-1.5', source: 'self', rating: '3', naReason: null, comment: null, baseVersion: 0 }), 'error_national_question_read_only');
		await expectRefusal(saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-9.9', source: 'self', rating: '3', naReason: null, comment: null, baseVersion: 0 }), 'error_unknown_question');
		await expectRefusal(saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-1.1', source: 'self', rating: 'green', naReason: null, comment: null, baseVersion: 0 }), 'error_rating_not_allowed');
		// A commune-level question applies to provinces only.
		await expectRefusal(saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-4.7', source: 'self', rating: '3', naReason: null, comment: null, baseVersion: 0 }), 'error_unknown_question');
		// Respondents cannot write the assessor's source.
		await expectRefusal(saveAnswer(db, people.leadA, f.dgA, { questionCode: 'DG-1.1', source: 'assessor', rating: '3', naReason: null, comment: null, baseVersion: 0 }), 'error_not_allowed_to_save');
		expect(db.select().from(answers).all()).toHaveLength(0);
		expect(statusOf(db, f.dgA)).toBe('not_started');
	});
});
