import { describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { roundFixture } from '../testing/round-fixture';
import { answers, assessments, auditEvents, saveReceipts, scoreCache } from '../db/schema';
import { saveAnswer } from './answers';
import { cachedResult, computeResult } from './scores';
import { inGroupCommit } from './group-commit';
import { DomainError } from './errors';
import { getFrameworkSync } from '../repositories/frameworks';

const save = (code: string, rating: string, clientId: string) => ({ questionCode: code, source: 'self' as const, rating, naReason: null, comment: null, baseVersion: 0, clientId });

describe('autosaves that arrive together share one commit', () => {
	it('applies each save in its own savepoint, commits once, and refreshes the score once', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		const transactions = vi.spyOn(db, 'transaction');
		const outcomes = await Promise.allSettled([
			saveAnswer(db, people.leadA, f.dgA, save('DG-1.1', '3', 'group-a-000001')),
			saveAnswer(db, people.memberA, f.dgA, save('DG-1.2', '2', 'group-a-000002')),
			// Refused (unknown question): only this one fails, and nothing of it is stored.
			saveAnswer(db, people.leadA, f.dgA, save('DG-9.9', '2', 'group-a-000003')),
			// Someone who may not read the assessment: the same 404 as a missing one.
			saveAnswer(db, people.leadB, f.dgA, save('DG-1.3', '2', 'group-a-000004')),
			saveAnswer(db, people.leadA, f.dgA, save('DG-1.4', '4', 'group-a-000005'))
		]);
		expect(transactions).toHaveBeenCalledTimes(1);
		expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
		const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as DomainError);
		expect(refused.map((e) => [e.key, e.status])).toEqual([
			['error_unknown_question', 400],
			['error_404', 404]
		]);
		const stored = db.select({ code: answers.questionCode, rating: answers.rating }).from(answers).where(eq(answers.assessmentId, f.dgA)).all();
		expect(stored.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
			{ code: 'DG-1.1', rating: '3' },
			{ code: 'DG-1.2', rating: '2' },
			{ code: 'DG-1.4', rating: '4' }
		]);
		expect(db.select().from(auditEvents).where(eq(auditEvents.entity, 'answer')).all()).toHaveLength(3);
		expect(db.select().from(saveReceipts).all().map((r) => r.clientId).sort()).toEqual(['group-a-000001', 'group-a-000002', 'group-a-000005']);
		// The score stored once, after all three, equals a fresh computation.
		const fw = getFrameworkSync(db, db.select().from(assessments).where(eq(assessments.id, f.dgA)).get()!.frameworkId)!;
		expect(cachedResult(db, f.dgA)).toEqual(JSON.parse(JSON.stringify(computeResult(db, f.dgA, fw))));
		expect(db.select().from(scoreCache).where(eq(scoreCache.assessmentId, f.dgA)).all()).toHaveLength(1);
	});

	it('a save in the next turn of the event loop gets its own commit', async () => {
		const f = await roundFixture();
		const transactions = vi.spyOn(f.db, 'transaction');
		await saveAnswer(f.db, f.people.leadA, f.dgA, save('DG-1.1', '3', 'group-b-000001'));
		await saveAnswer(f.db, f.people.leadA, f.dgA, save('DG-1.2', '3', 'group-b-000002'));
		expect(transactions).toHaveBeenCalledTimes(2);
	});

	it('when the group cannot commit, no save of it is kept and every one is told', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		const results = await Promise.allSettled([
			saveAnswer(db, people.leadA, f.dgA, save('DG-2.1', '3', 'group-c-000001')),
			inGroupCommit(db, (_tx, defer) => {
				defer('boom', () => {
					throw new Error('disk full');
				});
				return 'queued';
			}),
			saveAnswer(db, people.leadA, f.dgA, save('DG-2.2', '3', 'group-c-000002'))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(db.select().from(answers).where(and(eq(answers.assessmentId, f.dgA), eq(answers.source, 'self'))).all()).toEqual([]);
		expect(db.select().from(saveReceipts).all()).toEqual([]);
		// And the next save goes through normally.
		await expect(saveAnswer(db, people.leadA, f.dgA, save('DG-2.1', '3', 'group-c-000003'))).resolves.toMatchObject({ status: 'saved', version: 1 });
	});

	it('what a refused save deferred is dropped with it', async () => {
		const f = await roundFixture();
		const ran: string[] = [];
		const results = await Promise.allSettled([
			inGroupCommit(f.db, (_tx, defer) => defer('kept', () => void ran.push('kept'))),
			inGroupCommit(f.db, (_tx, defer) => {
				defer('dropped', () => void ran.push('dropped'));
				throw new Error('refused');
			})
		]);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
		expect(ran).toEqual(['kept']);
	});
});
