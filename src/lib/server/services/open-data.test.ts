import { describe, expect, it } from 'vitest';
import { answerAll, roundFixture } from '../testing/round-fixture';
import { transitionAssessment } from './workflow';
import { saveAnswer } from './answers';
import { organisationRegister, publishedRounds, resultsTable, roundResults, LICENCE } from './open-data';
import { parseCsv, toCsv } from '../exports/csv';

/** DG of A: self-rated 4 everywhere, assessor 2 everywhere, validated; the committee makes DG-1.1 final 3. */
async function validatedDgA() {
	const f = await roundFixture();
	const { db, people } = f;
	await answerAll(db, people.leadA, f.dgA, 'self', '4', 'ministry');
	await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
	await transitionAssessment(db, people.assessor, f.dgA, 'start_review', null);
	await answerAll(db, people.assessor, f.dgA, 'assessor', '2', 'ministry');
	await transitionAssessment(db, people.assessor, f.dgA, 'validate', null);
	await saveAnswer(db, people.committee, f.dgA, {
		questionCode: 'DG-1.1',
		source: 'final',
		rating: '3',
		naReason: null,
		comment: 'Hiệu chỉnh',
		baseVersion: 1
	});
	return f;
}

const ratingsOf = (data: ReturnType<typeof roundResults>) =>
	data?.results[0].questions.filter((q) => q.scope === 'organisation').map((q) => q.rating);

describe('open data reads published snapshots only', () => {
	it('a validated but unpublished assessment is not served: no round, no results', async () => {
		const f = await validatedDgA();
		expect(publishedRounds(f.db)).toEqual([]);
		expect(roundResults(f.db, f.roundId)).toBeNull();
		expect(roundResults(f.db, 0)).toBeNull();
		expect(roundResults(f.db, Number.NaN)).toBeNull();
	});

	it('publishing serves final ratings only; re-opening keeps serving the snapshot; publishing again serves the new version and lists the old', async () => {
		const f = await validatedDgA();
		const { db, people } = f;
		await transitionAssessment(db, people.committee, f.dgA, 'publish', null);

		const rounds = publishedRounds(db);
		expect(rounds).toHaveLength(1);
		expect(rounds[0]).toMatchObject({
			id: f.roundId,
			year: 2026,
			publishedAssessments: 1,
			organisations: 1,
			frameworks: [{ id: 'dg-sansang-1.0', kind: 'dg', version: '1.0', publishedAssessments: 1 }]
		});

		const v1 = roundResults(db, f.roundId);
		expect(v1?.results).toHaveLength(1);
		const r = v1!.results[0];
		expect(r).toMatchObject({
			organisation: { code: 'bo-tai-chinh', kind: 'ministry' },
			framework: { id: 'dg-sansang-1.0', version: '1.0' },
			snapshotVersion: 1,
			previousVersions: []
		});
		expect(r.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
		// Final ratings: the assessor's 2 carried over, DG-1.1 changed to 3; the self-rating 4 appears nowhere.
		expect(r.questions.find((q) => q.code === 'DG-1.1')?.rating).toBe('3');
		expect(ratingsOf(v1)).not.toContain('4');
		expect(JSON.stringify(v1)).not.toMatch(/"self"|"assessor"|Hiệu chỉnh/);
		expect(r.pillars?.[0].score).toBeGreaterThan(2);

		// Re-opened: the committee changes DG-1.1 again, the public still sees version 1.
		await transitionAssessment(db, people.committee, f.dgA, 'reopen', 'Rà soát lại DG-1.1');
		await saveAnswer(db, people.committee, f.dgA, {
			questionCode: 'DG-1.1',
			source: 'final',
			rating: '1',
			naReason: null,
			comment: null,
			baseVersion: 2
		});
		expect(roundResults(db, f.roundId)).toEqual(v1);

		await transitionAssessment(db, people.committee, f.dgA, 'publish', 'Đính chính DG-1.1');
		const v2 = roundResults(db, f.roundId)!.results[0];
		expect(v2.snapshotVersion).toBe(2);
		expect(v2.correctionNote).toBe('Đính chính DG-1.1');
		expect(v2.questions.find((q) => q.code === 'DG-1.1')?.rating).toBe('1');
		expect(v2.previousVersions).toEqual([
			{ snapshotVersion: 1, publishedAt: r.publishedAt, correctionNote: null }
		]);
	});

	it('the long CSV table: one row per question and pillar, codes not labels, decimal points, licence and demo flag', async () => {
		const f = await validatedDgA();
		await transitionAssessment(f.db, f.people.committee, f.dgA, 'publish', null);
		const data = roundResults(f.db, f.roundId)!;
		const table = resultsTable(data, true);
		const r = data.results[0];
		expect(table.rows).toHaveLength(r.questions.length + r.pillars!.length);
		const csv = toCsv(table, { bom: false, locale: null });
		expect(csv.charCodeAt(0)).toBe('r'.charCodeAt(0));
		const [header, ...body] = parseCsv(csv);
		expect(header.slice(0, 3)).toEqual(['round_id', 'round_year', 'organisation_code']);
		const col = (name: string) => header.indexOf(name);
		const pillar = body.find((row) => row[col('level')] === 'pillar' && row[col('code')] === 'DG-1')!;
		expect(Number(pillar[col('score')])).toBe(r.pillars![0].score);
		expect(pillar[col('coverage')]).toMatch(/^[01](\.\d+)?$/);
		expect(pillar[col('band')]).toBe(r.pillars![0].band);
		const question = body.find((row) => row[col('code')] === 'DG-1.1')!;
		expect(question[col('rating')]).toBe('3');
		expect(question[col('organisation_name_vi')]).toBe('Bộ Tài chính');
		expect(question[col('published_at')]).toBe(r.publishedAt);
		expect(new Set(body.map((row) => row[col('licence')]))).toEqual(new Set([LICENCE.id]));
		expect(new Set(body.map((row) => row[col('demo')]))).toEqual(new Set(['true']));
	});
});

describe('register of organisations', () => {
	it('names over time, validity and predecessors, by stable codes', async () => {
		const f = await roundFixture();
		const register = organisationRegister(f.db);
		const hue = register.find((o) => o.code === 'thua-thien-hue-2018')!;
		expect(hue.names.map((n) => [n.vi, n.kind])).toEqual([
			['Thừa Thiên Huế', 'province'],
			['Huế', 'city']
		]);
		expect(hue.validTo).toBe('2025-06-30');
		expect(hue.successors.map((s) => s.code)).toContain('hue');
		const danang = register.find((o) => o.code === 'da-nang')!;
		expect(danang.predecessors.map((p) => [p.code, p.kind])).toEqual([
			['da-nang-2018', 'merged'],
			['quang-nam-2018', 'merged']
		]);
		expect(danang.predecessors.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.effectiveDate))).toBe(true);
		expect(register.map((o) => o.code)).toEqual([...register.map((o) => o.code)].sort());
	});
});
