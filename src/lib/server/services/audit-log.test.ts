import { describe, expect, it } from 'vitest';
import { answerAll, roundFixture } from '../testing/round-fixture';
import { writeAudit } from '../audit';
import { parseCsv } from '../exports/csv';
import { transitionAssessment } from './workflow';
import { auditCsv, auditFilterOptions, auditPage, type AuditFilter } from './audit-log';
import { auditChanges } from '$lib/domain/audit';
import { auditFilterSchema } from '$lib/domain/validation/audit';

const all: AuditFilter = { userId: null, organisationId: null, entity: null, from: null, to: null };

async function fixture() {
	const f = await roundFixture();
	await answerAll(f.db, f.people.leadA, f.dgA, 'self', '3', 'ministry');
	// Submitted at 23:30 on 1 December in Vietnam — still 1 December there, already 16:30 UTC that day.
	await transitionAssessment(f.db, f.people.leadA, f.dgA, 'submit', null, { at: new Date('2026-12-01T16:30:00Z') });
	// Review started at 16:00 on 2 December, returned at 00:30 on 3 December in Vietnam (17:30 UTC on the 2nd).
	await transitionAssessment(f.db, f.people.assessor, f.dgA, 'start_review', null, { at: new Date('2026-12-02T09:00:00Z') });
	await transitionAssessment(f.db, f.people.assessor, f.dgA, 'return', 'Bổ sung minh chứng; "DG-1.1"', { at: new Date('2026-12-02T17:30:00Z') });
	return f;
}

describe('the audit-log viewer', () => {
	it('filters by user, organisation, entity and days in Vietnam, newest first', async () => {
		const f = await fixture();
		const { db, people } = f;
		const byAssessor = await auditPage(db, { ...all, userId: people.assessor.id }, 1, 'vi');
		expect(byAssessor.entries.map((e) => e.action)).toEqual(['return', 'start_review']);
		expect(byAssessor.entries[0]).toMatchObject({ entity: 'assessment', entityId: String(f.dgA), organisation: 'Bộ Tài chính', user: { name: people.assessor.name } });
		expect(byAssessor.entries[0].after).toEqual({ status: 'returned', comment: 'Bổ sung minh chứng; "DG-1.1"' });

		const rounds = await auditPage(db, { ...all, entity: 'round' }, 1, 'vi');
		expect(rounds.entries.map((e) => e.action).sort()).toEqual(['create', 'open']);
		const orgB = await auditPage(db, { ...all, organisationId: f.orgB }, 1, 'vi');
		expect(orgB.total).toBe(0);

		// Days are Vietnam days: the submission at 23:30 on 1 December belongs to the 1st, the return at 00:30 to the 3rd.
		const first = await auditPage(db, { ...all, entity: 'assessment', from: '2026-12-01', to: '2026-12-01' }, 1, 'vi');
		expect(first.entries.map((e) => e.action)).toEqual(['submit']);
		const third = await auditPage(db, { ...all, entity: 'assessment', from: '2026-12-03', to: '2026-12-03' }, 1, 'vi');
		expect(third.entries.map((e) => e.action)).toEqual(['return']);
		const second = await auditPage(db, { ...all, entity: 'assessment', from: '2026-12-02', to: '2026-12-02' }, 1, 'vi');
		expect(second.entries.map((e) => e.action)).toEqual(['start_review']);
	});

	it('pages through the log; a page past the end shows the last one', async () => {
		const f = await fixture();
		for (let i = 0; i < 7; i++) writeAudit(f.db, { userId: f.people.admin.id, entity: 'user', entityId: i, action: 'update', before: { name: `A${i}` }, after: { name: `B${i}` } }, new Date(Date.UTC(2026, 10, 1, 0, i)));
		const filter = { ...all, userId: f.people.admin.id };
		const p1 = await auditPage(f.db, filter, 1, 'en', 3);
		expect(p1).toMatchObject({ total: 7, page: 1, pages: 3 });
		expect(p1.entries.map((e) => e.entityId)).toEqual(['6', '5', '4']);
		const last = await auditPage(f.db, filter, 99, 'en', 3);
		expect(last.page).toBe(3);
		expect(last.entries.map((e) => e.entityId)).toEqual(['0']);
	});

	it('offers the people, organisations and entities found in the log', async () => {
		const f = await fixture();
		const options = await auditFilterOptions(f.db, 'vi');
		expect(options.entities).toEqual(expect.arrayContaining(['answer', 'assessment', 'framework', 'round', 'round_assessors']));
		expect(options.people.map((p) => p.id)).toContain(f.people.assessor.id);
		expect(options.organisations.find((o) => o.id === f.orgB)?.name).toBe('Đà Nẵng');
	});

	it('exports the same selection as CSV for people: BOM, labels and separator of the reader\'s language, values as stored', async () => {
		const f = await fixture();
		const filter = { ...all, entity: 'assessment' };
		const vi = await auditCsv(f.db, filter, 'vi');
		expect(vi.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(vi, ';');
		expect(rows[0]).toEqual(['Thời điểm', 'Thời điểm (UTC)', 'Người thực hiện', 'Thư điện tử', 'Cơ quan, địa phương', 'Đối tượng', 'Mã đối tượng', 'Thao tác', 'Trước', 'Sau']);
		expect(rows).toHaveLength(1 + 4);
		const returned = rows[1];
		expect(returned.slice(0, 2)).toEqual(['2026-12-03 00:30:00', '2026-12-02T17:30:00.000Z']);
		expect(returned[4]).toBe('Bộ Tài chính');
		expect(returned[5]).toBe('Bài đánh giá');
		expect(JSON.parse(returned[9])).toEqual({ status: 'returned', comment: 'Bổ sung minh chứng; "DG-1.1"' });
		const en = parseCsv(await auditCsv(f.db, filter, 'en'), ',');
		expect(en[0][0]).toBe('When');
		expect(en[1][4]).toBe('Ministry of Finance');
		expect(en.slice(1).map((r) => r[1])).toEqual(['2026-12-02T17:30:00.000Z', '2026-12-02T09:00:00.000Z', '2026-12-01T16:30:00.000Z', expect.any(String)]);
	});

	it('shows a change field by field', () => {
		expect(auditChanges({ status: 'in_review' }, { status: 'returned', comment: 'x' })).toEqual([
			{ field: 'status', before: 'in_review', after: 'returned', changed: true },
			{ field: 'comment', before: null, after: 'x', changed: true }
		]);
		expect(auditChanges(null, { name: 'A' })).toEqual([{ field: 'name', before: null, after: 'A', changed: true }]);
		expect(auditChanges([3, 4], [4, 5])).toEqual([{ field: '', before: [3, 4], after: [4, 5], changed: true }]);
		expect(auditChanges(null, null)).toEqual([]);
	});

	it('refuses filters that are not ids, entity codes or days, and a range that ends before it starts', () => {
		expect(auditFilterSchema.safeParse({ user: '12', entity: 'round', from: '2026-12-01', to: '2026-12-03', page: '2' }).data).toEqual({ user: 12, organisation: null, entity: 'round', from: '2026-12-01', to: '2026-12-03', page: 2 });
		expect(auditFilterSchema.safeParse({}).data).toEqual({ user: null, organisation: null, entity: null, from: null, to: null, page: 1 });
		for (const bad of [{ user: '1 OR 1=1' }, { entity: "round'--" }, { from: '2026-02-30' }, { page: '0' }, { from: '2026-12-03', to: '2026-12-01' }])
			expect(auditFilterSchema.safeParse(bad).success).toBe(false);
	});
});
