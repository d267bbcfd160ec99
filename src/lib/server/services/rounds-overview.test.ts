import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { roundFixture } from '../testing/round-fixture';
import { makeUser } from '../testing/factories';
import { organisationIdByCode } from '../seed/organisations';
import { users } from '../db/schema';
import { roundOrganisationIds } from '../repositories/rounds';
import { changeRoundStatus, createRound, roundList, roundOverview, roundTransitionsFrom } from './rounds';
import { allOrganisationOptions, assessorOptions, frameworkOptions } from './options';
import { DomainError } from './errors';
import { roundAssessorsSchema, roundSchema } from '$lib/domain/validation/rounds';

async function draftRound(f: Awaited<ReturnType<typeof roundFixture>>) {
	return createRound(f.db, f.people.committee, {
		nameVi: 'Đợt dự thảo 2027',
		nameEn: null,
		year: 2027,
		mode: 'interview_only',
		blind: false,
		frameworkIds: ['od-odra-3.1'],
		organisationIds: [f.orgA],
		selfDeadline: null,
		reviewDeadline: null
	});
}

describe('rounds as people see them', () => {
	it('lists every round for the committee, and for others only the open rounds they take part in, counting only their own assessments', async () => {
		const f = await roundFixture();
		const draft = await draftRound(f);
		const committee = await roundList(f.db, f.people.committee, 'vi');
		expect(committee.map((r) => [r.id, r.name, r.status])).toEqual([
			[draft, 'Đợt dự thảo 2027', 'draft'],
			[f.roundId, 'Đợt đánh giá thử nghiệm 2026', 'open']
		]);
		expect(committee[1].counts).toEqual({ not_started: 4 });
		expect(committee[0].counts).toEqual({});
		// In English the English name, or the Vietnamese one when there is none.
		expect((await roundList(f.db, f.people.admin, 'en')).map((r) => r.name)).toEqual([
			'Đợt dự thảo 2027',
			'Test round 2026'
		]);

		const leadA = await roundList(f.db, f.people.leadA, 'vi');
		expect(leadA.map((r) => r.id)).toEqual([f.roundId]);
		expect(leadA[0].counts).toEqual({ not_started: 2 });
		expect((await roundList(f.db, f.people.assessor, 'vi'))[0].counts).toEqual({ not_started: 2 });
		expect(await roundList(f.db, f.people.otherAssessor, 'vi')).toEqual([]);
	});

	it('shows a round whole to the committee, and only their own rows to respondents and assessors', async () => {
		const f = await roundFixture();
		const committee = (await roundOverview(f.db, f.people.committee, f.roundId, 'vi'))!;
		expect(committee.manage).toBe(true);
		expect(committee.transitions).toEqual(['close']);
		expect(committee.frameworks.map((fw) => fw.id)).toEqual(['dg-sansang-1.0', 'od-odra-3.1']);
		// Vietnamese alphabetical order: "Bộ Tài chính" before "Đà Nẵng".
		expect(committee.organisations.map((o) => o.name)).toEqual(['Bộ Tài chính', 'Đà Nẵng']);
		expect(committee.organisations[0].assessors.map((a) => a.id)).toEqual([f.people.assessor.id]);
		expect(committee.organisations[1].assessments.map((a) => a.status)).toEqual([
			'not_started',
			'not_started'
		]);

		const leadA = (await roundOverview(f.db, f.people.leadA, f.roundId, 'en'))!;
		expect(leadA.organisations.map((o) => o.name)).toEqual(['Ministry of Finance']);
		expect(leadA.manage).toBe(false);
		expect(leadA.transitions).toEqual([]);
		expect(
			(await roundOverview(f.db, f.people.leadB, f.roundId, 'vi'))!.organisations.map((o) => o.id)
		).toEqual([f.orgB]);
		expect(
			(await roundOverview(f.db, f.people.assessor, f.roundId, 'vi'))!.organisations.map((o) => o.id)
		).toEqual([f.orgA]);
		expect(await roundOverview(f.db, f.people.otherAssessor, f.roundId, 'vi')).toBeNull();
		expect(await roundOverview(f.db, f.people.committee, 999_999, 'vi')).toBeNull();
		expect(await roundOverview(f.db, f.people.committee, Number.NaN, 'vi')).toBeNull();
	});

	it('hides a draft from everyone but the committee and administrators, who may open it', async () => {
		const f = await roundFixture();
		const draft = await draftRound(f);
		expect(await roundOverview(f.db, f.people.leadA, draft, 'vi')).toBeNull();
		const admin = (await roundOverview(f.db, f.people.admin, draft, 'vi'))!;
		expect(admin.transitions).toEqual(['open']);
		expect(admin.organisations[0].assessments).toEqual([]);
		expect(roundOrganisationIds(f.db, draft)).toEqual([f.orgA]);
	});

	it('offers the transitions of each status, and refuses to publish while assessments are unpublished', async () => {
		expect(['draft', 'open', 'closed', 'published'].map(roundTransitionsFrom)).toEqual([
			['open'],
			['close'],
			['reopen', 'publish'],
			[]
		]);
		const f = await roundFixture();
		await changeRoundStatus(f.db, f.people.committee, f.roundId, 'close');
		await expect(changeRoundStatus(f.db, f.people.committee, f.roundId, 'publish')).rejects.toSatisfy(
			(e: unknown) =>
				e instanceof DomainError && e.key === 'error_round_publish_unpublished' && e.params.count === 4
		);
		expect((await roundOverview(f.db, f.people.committee, f.roundId, 'vi'))!.transitions).toEqual([
			'reopen',
			'publish'
		]);
	});
});

describe('choices of the round forms', () => {
	it('offers active assessors only, in Vietnamese alphabetical order', async () => {
		const f = await roundFixture();
		const an = makeUser(f.db, { role: 'assessor', name: 'Đặng Văn An' });
		const ba = makeUser(f.db, { role: 'assessor', name: 'Bùi Thị Ba' });
		const gone = makeUser(f.db, { role: 'assessor', name: 'Cao Văn Cũ' });
		f.db.update(users).set({ disabled: true }).where(eq(users.id, gone.id)).run();
		const options = await assessorOptions(f.db, 'vi');
		const ids = options.map((o) => o.id);
		expect(ids).not.toContain(gone.id);
		expect(ids).not.toContain(f.people.committee.id);
		expect(ids.indexOf(ba.id)).toBeLessThan(ids.indexOf(an.id));
		expect(ids).toContain(f.people.assessor.id);
	});

	it('lists every unit with closed ones flagged, and the framework versions per kind', async () => {
		const f = await roundFixture();
		const orgs = await allOrganisationOptions(f.db, 'vi');
		const vinhPhuc = orgs.find((o) => o.id === organisationIdByCode(f.db, 'vinh-phuc-2018'))!;
		expect(vinhPhuc.closed).toBe(true);
		expect(orgs.find((o) => o.id === f.orgB)!.closed).toBe(false);
		const fws = await frameworkOptions(f.db, 'en');
		expect(fws.map((fw) => [fw.id, fw.kind])).toEqual([
			['dg-sansang-1.1', 'dg'],
			['dg-sansang-1.0', 'dg'],
			['od-odra-3.1', 'od']
		]);
		expect(fws[2].title).toMatch(/open data/i);
	});
});

describe('round form validation', () => {
	const valid = {
		nameVi: 'Đợt 2027',
		year: '2027',
		mode: 'self_then_validation',
		frameworkIds: ['dg-sansang-1.0'],
		organisationIds: ['1']
	};

	it('refuses a review deadline before the self-evaluation deadline', () => {
		const r = roundSchema.safeParse({ ...valid, selfDeadline: '2027-06-30', reviewDeadline: '2027-06-01' });
		expect(r.success).toBe(false);
		expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['reviewDeadline', 'error_round_review_before_self']
		]);
		expect(
			roundSchema.safeParse({ ...valid, selfDeadline: '2027-06-30', reviewDeadline: '2027-06-30' }).success
		).toBe(true);
	});

	it('takes no ticked assessor as "nobody assigned"', () => {
		expect(roundAssessorsSchema.parse({ organisationId: '12', assessorIds: [] })).toEqual({
			organisationId: 12,
			assessorIds: []
		});
		expect(roundAssessorsSchema.safeParse({ organisationId: '12', assessorIds: ['x'] }).success).toBe(false);
	});
});
