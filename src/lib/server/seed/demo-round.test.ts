import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDb, type Db } from '../db';
import {
	answers,
	assessments,
	auditEvents,
	comments,
	dimensionAssessments,
	evidence,
	evidenceLinks,
	factSheets,
	files,
	informationRequests,
	interviewOrganisations,
	interviews,
	nationalAnswers,
	organisationLinks,
	organisations,
	roundAssessors,
	roundFrameworks,
	roundOrganisations,
	rounds,
	scoreCache,
	snapshots,
	statusEvents,
	users
} from '../db/schema';
import { registerShippedFrameworks, requireFramework } from '../repositories/frameworks';
import { organisationInRound, roundDay } from '../repositories/assessments';
import type { SnapshotData } from '../services/snapshots';
import { plans2018, ROUND_2018 } from './demo-round-2018-plan';
import { seedOrganisations } from './organisations';
import { seedDemo } from './demo';
import { demoAccounts, demoRespondents } from './demo-accounts';
import { organisationPlans, reached } from './demo-round-plan';
import { allQuestions } from '$lib/domain/frameworks/model';
import { assessmentStatuses } from '$lib/domain/access';
import { checkUpload } from '$lib/domain/files';
import type { OdFramework } from '$lib/domain/frameworks/schema';
import { buildWorld } from '../../../../tests/integration/matrix/world';

let db: Db;
let roundId: number;
const orgId = new Map<string, number>();

beforeAll(async () => {
	db = createTestDb();
	await registerShippedFrameworks(db);
	seedOrganisations(db);
	await seedDemo(db);
	roundId = db.select().from(rounds).where(eq(rounds.year, 2026)).get()!.id;
	for (const o of db.select().from(organisations).all()) orgId.set(o.code, o.id);
}, 120_000);

function assessment(code: string, kind: 'dg' | 'od') {
	const frameworkId = kind === 'dg' ? 'dg-sansang-1.1' : 'od-odra-3.1';
	return db
		.select()
		.from(assessments)
		.where(
			and(
				eq(assessments.roundId, roundId),
				eq(assessments.organisationId, orgId.get(code)!),
				eq(assessments.frameworkId, frameworkId)
			)
		)
		.get()!;
}

const answersOf = (assessmentId: number, source: string) =>
	db
		.select()
		.from(answers)
		.where(and(eq(answers.assessmentId, assessmentId), eq(answers.source, source)))
		.all();

/** The calendar day in Vietnam of an instant. */
const dayIn = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

const userId = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;

describe('the demo round of 2026', () => {
	it('is one open, blind round over all 51 units in force, in both frameworks, with the agreed deadlines', () => {
		const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get()!;
		expect(round).toMatchObject({
			nameVi: 'Đánh giá mức độ sẵn sàng Chính phủ số và dữ liệu mở năm 2026',
			nameEn: 'Digital government and open data readiness assessment 2026',
			mode: 'self_then_validation',
			blind: true,
			status: 'open',
			selfDeadline: '2026-12-15',
			reviewDeadline: '2027-01-31'
		});
		expect(db.select().from(rounds).where(eq(rounds.year, 2026)).all()).toHaveLength(1);
		expect(
			db
				.select({ frameworkId: roundFrameworks.frameworkId })
				.from(roundFrameworks)
				.where(eq(roundFrameworks.roundId, roundId))
				.all()
				.map((f) => f.frameworkId)
				.sort()
		).toEqual(['dg-sansang-1.1', 'od-odra-3.1']);
		const rows = db.select().from(assessments).where(eq(assessments.roundId, roundId)).all();
		expect(new Set(rows.map((a) => a.organisationId)).size).toBe(51);
		expect(rows).toHaveLength(102);
	});

	it('keeps the nine accounts the tests rely on, and adds the second assessor team and the respondents', () => {
		expect(
			demoAccounts.slice(0, 9).map((a) => `${a.email} ${a.role} ${a.organisation ?? ''} ${a.isLead ?? false}`)
		).toEqual([
			'quantri@sansang.example admin  false',
			'uyban@sansang.example committee  false',
			'chuyengia@sansang.example assessor  false',
			'expert@sansang.example assessor  false',
			'taichinh.lanhdao@sansang.example respondent bo-tai-chinh true',
			'taichinh@sansang.example respondent bo-tai-chinh false',
			'danang.lanhdao@sansang.example respondent da-nang true',
			'danang@sansang.example respondent da-nang false',
			'laocai.lanhdao@sansang.example respondent lao-cai true'
		]);
		expect(db.select().from(users).where(eq(users.role, 'assessor')).all()).toHaveLength(6);
		expect(
			db
				.select()
				.from(users)
				.where(eq(users.locale, 'en'))
				.all()
				.map((u) => u.email)
				.sort()
		).toEqual(['expert.brennan@sansang.example', 'expert@sansang.example']);
		for (const plan of organisationPlans.filter(
			(p) => reached(p.dg, 'in_progress') || reached(p.od, 'in_progress')
		)) {
			const lead = db
				.select()
				.from(users)
				.where(and(eq(users.organisationId, orgId.get(plan.code)!), eq(users.isLead, true)))
				.get();
			expect(lead, plan.code).toBeDefined();
		}
		expect(new Set(demoRespondents.map((a) => a.email)).size).toBe(demoRespondents.length);
	});

	it('spreads the assessments over every stage as planned, about half validated or published', () => {
		const rows = db.select().from(assessments).where(eq(assessments.roundId, roundId)).all();
		for (const status of assessmentStatuses) {
			const planned =
				organisationPlans.filter((p) => p.dg === status).length +
				organisationPlans.filter((p) => p.od === status).length;
			expect(rows.filter((a) => a.status === status).length, status).toBe(planned);
			expect(planned, status).toBeGreaterThan(0);
		}
		const done = rows.filter((a) => a.status === 'validated' || a.status === 'published').length;
		expect(done / rows.length).toBeGreaterThan(0.45);
		expect(done / rows.length).toBeLessThan(0.6);
	});

	it('puts the named organisations where the other tests expect them', () => {
		expect([assessment('bo-tai-chinh', 'dg').status, assessment('bo-tai-chinh', 'od').status]).toEqual([
			'in_progress',
			'submitted'
		]);
		expect([assessment('da-nang', 'dg').status, assessment('da-nang', 'od').status]).toEqual([
			'returned',
			'in_review'
		]);
		expect([assessment('lao-cai', 'dg').status, assessment('lao-cai', 'od').status]).toEqual([
			'not_started',
			'not_started'
		]);
		expect([assessment('ha-noi', 'dg').status, assessment('ha-noi', 'od').status]).toEqual([
			'validated',
			'validated'
		]);
		expect([assessment('bo-y-te', 'dg').status, assessment('bo-y-te', 'od').status]).toEqual([
			'published',
			'published'
		]);
	});

	it('assigns chuyengia to Bộ Tài chính, Lào Cai, Bộ Y tế and Hà Nội but not Đà Nẵng; expert the other way round; everyone has an assessor', () => {
		const assigned = (email: string) =>
			new Set(
				db
					.select({ organisationId: roundAssessors.organisationId })
					.from(roundAssessors)
					.where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.userId, userId(email))))
					.all()
					.map((r) => r.organisationId)
			);
		const anh = assigned('chuyengia@sansang.example');
		for (const code of ['bo-tai-chinh', 'lao-cai', 'bo-y-te', 'ha-noi'])
			expect(anh.has(orgId.get(code)!), code).toBe(true);
		expect(anh.has(orgId.get('da-nang')!)).toBe(false);
		const sarah = assigned('expert@sansang.example');
		expect(sarah.has(orgId.get('da-nang')!)).toBe(true);
		expect(sarah.has(orgId.get('bo-tai-chinh')!)).toBe(false);
		const covered = new Set(
			db
				.select()
				.from(roundAssessors)
				.where(eq(roundAssessors.roundId, roundId))
				.all()
				.map((r) => r.organisationId)
		);
		expect(covered.size).toBe(51);
	});

	it('holds every record the access matrix points at', () => {
		const { ids } = buildWorld(db.$client);
		for (const [name, id] of Object.entries(ids)) expect(id, name).toBeGreaterThan(0);
	});

	it('leaves Lào Cai untouched for the end-to-end tests', () => {
		const laoCai = orgId.get('lao-cai')!;
		for (const kind of ['dg', 'od'] as const) {
			const a = assessment('lao-cai', kind);
			expect(db.select().from(answers).where(eq(answers.assessmentId, a.id)).all()).toHaveLength(0);
			expect(db.select().from(comments).where(eq(comments.assessmentId, a.id)).all()).toHaveLength(0);
			expect(a.version).toBe(1);
		}
		expect(db.select().from(evidence).where(eq(evidence.organisationId, laoCai)).all()).toHaveLength(0);
		expect(
			db.select().from(interviewOrganisations).where(eq(interviewOrganisations.organisationId, laoCai)).all()
		).toHaveLength(0);
		const requests = db
			.select()
			.from(informationRequests)
			.where(eq(informationRequests.organisationId, laoCai))
			.all();
		expect(requests.length).toBe(30);
		expect(requests.every((r) => r.status === 'requested' && r.version === 1)).toBe(true);
	});

	it('has Bộ Tài chính about 60% through its DG self-evaluation with a conversation, and its OD answered in full', () => {
		const dg = assessment('bo-tai-chinh', 'dg');
		const share = answersOf(dg.id, 'self').length / 45;
		expect(share).toBeGreaterThan(0.5);
		expect(share).toBeLessThan(0.7);
		expect(
			db.select().from(comments).where(eq(comments.assessmentId, dg.id)).all().length
		).toBeGreaterThanOrEqual(4);
		expect(answersOf(assessment('bo-tai-chinh', 'od').id, 'self').every((a) => a.rating)).toBe(true);
		expect(answersOf(assessment('bo-tai-chinh', 'od').id, 'self')).toHaveLength(36);
		expect(
			db
				.select()
				.from(factSheets)
				.where(eq(factSheets.organisationId, orgId.get('bo-tai-chinh')!))
				.all().length
		).toBeGreaterThan(0);
	});

	it('has Đà Nẵng DG returned with a return note and per-question remarks, and its OD in review with one dimension confirmed and one overridden citing the rubric', async () => {
		const dg = assessment('da-nang', 'dg');
		const notes = db.select().from(comments).where(eq(comments.assessmentId, dg.id)).all();
		expect(notes.filter((c) => c.kind === 'return' && c.questionCode === null)).toHaveLength(1);
		expect(notes.filter((c) => c.kind === 'comment' && c.questionCode).length).toBeGreaterThanOrEqual(2);
		const od = assessment('da-nang', 'od');
		const rated = answersOf(od.id, 'assessor').length;
		expect(rated).toBeGreaterThan(5);
		expect(rated).toBeLessThan(36);
		const dims = db
			.select()
			.from(dimensionAssessments)
			.where(and(eq(dimensionAssessments.assessmentId, od.id), eq(dimensionAssessments.source, 'assessor')))
			.all();
		expect(dims).toHaveLength(2);
		const fw = (await requireFramework(db, 'od-odra-3.1')) as OdFramework;
		const overridden = dims.find((d) => d.override)!;
		expect(dims.find((d) => !d.override)?.colour).toBeTruthy();
		const rubric = fw.sections.find((s) => s.code === overridden.dimensionCode)!.green.text.vi;
		expect(overridden.justification).toContain(rubric);
	});

	it('answers every national question of both frameworks, with comments', async () => {
		for (const id of ['dg-sansang-1.1', 'od-odra-3.1']) {
			const fw = await requireFramework(db, id);
			const national = allQuestions(fw)
				.filter((q) => q.scope === 'national')
				.map((q) => q.code);
			const rows = db
				.select()
				.from(nationalAnswers)
				.where(and(eq(nationalAnswers.roundId, roundId), eq(nationalAnswers.frameworkId, id)))
				.all();
			expect(rows.map((r) => r.questionCode).sort()).toEqual(national.sort());
			expect(rows.every((r) => r.rating && r.comment)).toBe(true);
		}
	});

	it('holds evidence of every kind and polarity, with valid files and documents backing questions in both frameworks', () => {
		const rows = db.select().from(evidence).where(eq(evidence.roundId, roundId)).all();
		expect(new Set(rows.map((e) => e.kind))).toEqual(
			new Set(['document', 'link', 'interview', 'fact_sheet'])
		);
		expect(new Set(rows.map((e) => e.polarity))).toEqual(new Set(['+', '-', 'o']));
		const stored = db.select().from(files).all();
		expect(new Set(stored.map((f) => f.extension))).toEqual(new Set(['pdf', 'png']));
		for (const f of stored)
			expect(checkUpload(f.originalName, new Uint8Array(f.data), 10 * 1024 * 1024).ok, f.originalName).toBe(
				true
			);
		const links = db.select().from(evidenceLinks).all();
		const both = rows
			.filter((e) => e.kind === 'document')
			.some((e) => {
				const codes = links.filter((l) => l.evidenceId === e.id).map((l) => l.questionCode);
				return codes.some((c) => c.startsWith('DG-')) && codes.some((c) => c.startsWith('OD-'));
			});
		expect(both).toBe(true);
		for (const url of rows.filter((e) => e.kind === 'link').map((e) => e.url!))
			expect(url).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.gov\.vn(\/|$)/);
		expect(rows.some((e) => e.kind === 'document' && e.organisationId === orgId.get('bo-tai-chinh'))).toBe(
			true
		);
		expect(rows.some((e) => e.kind === 'document' && e.organisationId === orgId.get('da-nang'))).toBe(true);
		const sheets = db.select().from(factSheets).all();
		expect(new Set(sheets.map((s) => s.organisationId)).size).toBeGreaterThanOrEqual(4);
		expect(
			new Set(
				sheets.map((s) => `${s.feasibilityPolicy}${s.feasibilityTechnical}${s.feasibilityInstitutional}`)
			).size
		).toBeGreaterThanOrEqual(4);
	});

	it('records interviews with roles, never the names of people, mostly by two team members', () => {
		const rows = db.select().from(interviews).where(eq(interviews.roundId, roundId)).all();
		expect(rows.length).toBeGreaterThanOrEqual(8);
		expect(new Set(rows.map((i) => i.stakeholderCategory))).toEqual(
			new Set(['whole_of_government', 'data_holder', 'user_civil_society'])
		);
		const teams = rows.map((i) => (JSON.parse(i.teamMembers) as number[]).length);
		expect(teams.filter((n) => n === 1)).toHaveLength(1);
		expect(teams.filter((n) => n >= 2).length).toBe(rows.length - 1);
		const names = db
			.select({ name: users.name })
			.from(users)
			.all()
			.map((u) => u.name);
		for (const i of rows)
			for (const name of names)
				expect(`${i.intervieweeRoles} ${i.affiliation} ${i.notes}`).not.toContain(name);
		const informsA = db
			.select()
			.from(interviewOrganisations)
			.where(eq(interviewOrganisations.organisationId, orgId.get('bo-tai-chinh')!))
			.all();
		expect(informsA.length).toBeGreaterThan(0);
		expect(
			db.select().from(evidence).where(eq(evidence.kind, 'interview')).all().length
		).toBeGreaterThanOrEqual(rows.length);
	});

	it('works through the information checklist of every organisation past not started, some items answered by a document', () => {
		const started = organisationPlans.filter(
			(p) => reached(p.dg, 'in_progress') || reached(p.od, 'in_progress')
		);
		const requests = db
			.select()
			.from(informationRequests)
			.where(eq(informationRequests.roundId, roundId))
			.all();
		for (const plan of started) {
			const own = requests.filter((r) => r.organisationId === orgId.get(plan.code));
			expect(
				own.some((r) => r.status !== 'requested' || r.version > 1),
				plan.code
			).toBe(true);
		}
		expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['requested', 'received', 'missing']));
		const linked = requests.filter((r) => r.evidenceId !== null);
		expect(linked.length).toBeGreaterThan(10);
		expect(linked.every((r) => r.status === 'received')).toBe(true);
	});

	it('freezes a snapshot for every published assessment, and keeps a score for every assessment', () => {
		const rows = db.select().from(assessments).where(eq(assessments.roundId, roundId)).all();
		const published = rows.filter((a) => a.status === 'published').map((a) => a.id);
		const frozen = db.select().from(snapshots).where(inArray(snapshots.assessmentId, published)).all();
		expect(new Set(frozen.map((s) => s.assessmentId)).size).toBe(published.length);
		expect(db.select().from(snapshots).where(eq(snapshots.roundId, roundId)).all()).toHaveLength(
			published.length
		);
		const scored = db
			.select({ id: scoreCache.assessmentId })
			.from(scoreCache)
			.all()
			.map((r) => r.id);
		expect(rows.every((a) => scored.includes(a.id))).toBe(true);
	});

	it('shows the committee changing final ratings and a dimension colour before publishing, and assessors overriding a few suggestions', () => {
		const committee = userId('uyban@sansang.example');
		const changed = db
			.select()
			.from(answers)
			.where(
				and(eq(answers.source, 'final'), eq(answers.updatedBy, committee), eq(answers.carriedOver, false))
			)
			.all();
		expect(changed.length).toBeGreaterThanOrEqual(4);
		expect(changed.every((a) => a.comment)).toBe(true);
		const hanoi = [assessment('ha-noi', 'dg').id, assessment('ha-noi', 'od').id];
		expect(changed.some((a) => hanoi.includes(a.assessmentId))).toBe(true);
		const dims = db.select().from(dimensionAssessments).all();
		expect(dims.some((d) => d.source === 'final' && d.updatedBy === committee && !d.carriedOver)).toBe(true);
		const assessorDims = dims.filter((d) => d.source === 'assessor');
		const overrides = assessorDims.filter((d) => d.override);
		expect(overrides.length).toBeGreaterThan(0);
		expect(overrides.length / assessorDims.length).toBeLessThan(0.25);
		expect(overrides.every((d) => (d.justification ?? '').length > 40)).toBe(true);
		expect(dims.some((d) => d.source === 'final' && d.colour === 'grey')).toBe(true);
	});

	it("gives plausible ratings: DG mostly levels 2–3, OD colours varied with GREY, mixed, N/A with reasons and don't know", () => {
		const rows = db.select().from(answers).where(eq(answers.source, 'assessor')).all();
		const dg = rows.filter((a) => a.questionCode.startsWith('DG-'));
		const od = rows.filter((a) => a.questionCode.startsWith('OD-'));
		expect(dg.filter((a) => a.rating === '2' || a.rating === '3').length / dg.length).toBeGreaterThan(0.55);
		for (const rating of ['1', '4', 'dont_know', 'na'])
			expect(
				dg.some((a) => a.rating === rating),
				rating
			).toBe(true);
		for (const rating of ['red', 'red_yellow', 'yellow', 'yellow_green', 'green', 'grey', 'na'])
			expect(
				od.some((a) => a.rating === rating),
				rating
			).toBe(true);
		expect(rows.filter((a) => a.rating === 'na').every((a) => a.naReason)).toBe(true);
	});

	it('dates every change on a working day in Vietnamese office hours, between 1 September and 20 November 2026 or in the 2018 round (September 2018 – February 2019)', () => {
		const events = db
			.select()
			.from(auditEvents)
			.all()
			.filter((e) => e.entity !== 'framework');
		expect(events.length).toBeGreaterThan(5000);
		const in2026 = (day: string) => day >= '2026-09-01' && day <= '2026-11-20';
		const in2018 = (day: string) => day >= '2018-09-04' && day <= '2019-02-28';
		expect(events.filter((e) => in2018(dayIn(e.at))).length).toBeGreaterThan(1000);
		for (const e of events) {
			const local = new Date(e.at.getTime() + 7 * 3600_000);
			const day = local.toISOString().slice(0, 10);
			const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
			expect(in2026(day) || in2018(day), day).toBe(true);
			expect(day >= '2019-02-02' && day <= '2019-02-10', `${day} is in the Tết break`).toBe(false);
			expect([0, 6]).not.toContain(local.getUTCDay());
			expect(minutes >= 8 * 60 && minutes < 17 * 60 + 30, local.toISOString()).toBe(true);
		}
	});
});

describe('the demo round of 2018, for trends', () => {
	let round2018: typeof rounds.$inferSelect;
	let rows: (typeof assessments.$inferSelect)[];
	const frameworkOf = new Map<number, string>();
	beforeAll(() => {
		round2018 = db.select().from(rounds).where(eq(rounds.year, 2018)).get()!;
		rows = db.select().from(assessments).where(eq(assessments.roundId, round2018.id)).all();
		for (const a of db.select().from(assessments).all()) frameworkOf.set(a.id, a.frameworkId);
	});
	const ofRound = (assessmentId: number) => rows.some((a) => a.id === assessmentId);
	const orgCode = (id: number) => [...orgId].find(([, v]) => v === id)![0];

	it('is an interview-only round of 2018 on dg-sansang-1.0 and od-odra-3.1, closed and then published', () => {
		expect(round2018).toMatchObject({
			nameVi: 'Đánh giá mức độ sẵn sàng Chính phủ điện tử và dữ liệu mở năm 2018',
			nameEn: 'Digital government and open data readiness assessment 2018',
			mode: 'interview_only',
			status: 'published',
			selfDeadline: null
		});
		expect(
			db
				.select()
				.from(roundFrameworks)
				.where(eq(roundFrameworks.roundId, round2018.id))
				.all()
				.map((f) => f.frameworkId)
				.sort()
		).toEqual(['dg-sansang-1.0', 'od-odra-3.1']);
		const changes = db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.entity, 'round'), eq(auditEvents.entityId, String(round2018.id))))
			.all();
		expect(changes.map((e) => e.action)).toEqual(['create', 'open', 'close', 'publish']);
		expect(changes.map((e) => dayIn(e.at))).toEqual([
			'2018-09-10',
			'2018-10-01',
			'2019-01-25',
			expect.stringMatching(/^2019-02-2\d$/)
		]);
		// The access matrix and the browser tests still find the 2026 round by its year.
		expect(buildWorld(db.$client).ids.round).toBe(roundId);
	});

	it('covers 22 units in force in 2018: predecessors of merged units, unchanged units, continuing and absorbed ministries', () => {
		const scope = db
			.select()
			.from(roundOrganisations)
			.where(eq(roundOrganisations.roundId, round2018.id))
			.all();
		expect(scope).toHaveLength(22);
		expect(rows).toHaveLength(44);
		const all = db.select().from(organisations).all();
		for (const { organisationId } of scope) {
			const o = all.find((x) => x.id === organisationId)!;
			expect(
				o.validFrom <= ROUND_2018.scopeDay && (o.validTo === null || o.validTo >= '2018-12-31'),
				o.code
			).toBe(true);
		}
		const codes = scope.map((s) => orgCode(s.organisationId));
		for (const code of [
			'phu-tho-2018',
			'vinh-phuc-2018',
			'hoa-binh-2018',
			'da-nang-2018',
			'quang-nam-2018',
			'ho-chi-minh-2018',
			'binh-duong-2018',
			'ba-ria-vung-tau-2018',
			'lao-cai-2018',
			'yen-bai-2018',
			'ha-noi-2018',
			'thua-thien-hue-2018',
			'bo-tai-chinh',
			'bo-y-te',
			'bo-khoa-hoc-va-cong-nghe',
			'bo-ke-hoach-va-dau-tu',
			'bo-thong-tin-va-truyen-thong'
		])
			expect(codes, code).toContain(code);
		// Each unit leads to its 2026 successor through the register: the same record, or predecessor links.
		const links = db.select().from(organisationLinks).all();
		for (const plan of plans2018) {
			const from = orgId.get(plan.code)!;
			const to = orgId.get(plan.successor)!;
			expect(
				from === to || links.some((l) => l.predecessorId === from && l.successorId === to),
				plan.code
			).toBe(true);
		}
	});

	it('names the units as they were in 2018: Thừa Thiên Huế a province, Bộ Thông tin và Truyền thông, Bộ Kế hoạch và Đầu tư', () => {
		const day = roundDay(round2018);
		expect(organisationInRound(db, orgId.get('thua-thien-hue-2018')!, day)).toMatchObject({
			nameVi: 'Thừa Thiên Huế',
			nameEn: 'Thua Thien Hue',
			kind: 'province'
		});
		const frozen = db
			.select()
			.from(snapshots)
			.where(eq(snapshots.roundId, round2018.id))
			.all()
			.map((s) => JSON.parse(s.data) as SnapshotData);
		const names = new Set(frozen.map((d) => d.organisation.nameVi));
		for (const name of [
			'Thừa Thiên Huế',
			'Bộ Thông tin và Truyền thông',
			'Bộ Kế hoạch và Đầu tư',
			'Vĩnh Phúc',
			'Quảng Nam'
		])
			expect(names, name).toContain(name);
		expect(names).not.toContain('Huế');
		expect(frozen.find((d) => d.organisation.nameVi === 'Thừa Thiên Huế')!.organisation.kind).toBe(
			'province'
		);
	});

	it('has every assessment published with one snapshot pinned to its framework version, published after Tết 2019', () => {
		expect(rows.every((a) => a.status === 'published')).toBe(true);
		const frozen = db.select().from(snapshots).where(eq(snapshots.roundId, round2018.id)).all();
		expect(frozen).toHaveLength(44);
		expect(new Set(frozen.map((s) => s.assessmentId)).size).toBe(44);
		for (const s of frozen) {
			expect(
				dayIn(s.publishedAt) >= '2019-02-11' && dayIn(s.publishedAt) <= '2019-02-28',
				dayIn(s.publishedAt)
			).toBe(true);
			const data = JSON.parse(s.data) as SnapshotData;
			expect(data.round.year).toBe(2018);
			expect(data.framework.id).toBe(frameworkOf.get(s.assessmentId));
			if (data.framework.kind === 'od') expect(data.dimensions!.every((d) => d.colour)).toBe(true);
			else expect(data.questions.some((q) => q.code === 'DG-6.8')).toBe(false);
		}
	});

	it('went through fieldwork from October to December 2018 with no self-evaluation: interview, assessor ratings, dimensions, validation', () => {
		const ids = rows.map((a) => a.id);
		const events = db.select().from(statusEvents).where(inArray(statusEvents.assessmentId, ids)).all();
		for (const id of ids) {
			const own = events.filter((e) => e.assessmentId === id).map((e) => `${e.fromStatus}>${e.toStatus}`);
			expect(own).toEqual(['not_started>in_review', 'in_review>validated', 'validated>published']);
		}
		for (const e of events.filter((e) => e.toStatus !== 'published')) {
			const day = dayIn(e.at);
			expect(day >= '2018-10-01' && day <= '2018-12-28', day).toBe(true);
		}
		const all = db.select().from(answers).where(inArray(answers.assessmentId, ids)).all();
		expect(all.filter((a) => a.source === 'self')).toHaveLength(0);
		for (const a of rows) {
			const own = all.filter((x) => x.assessmentId === a.id && x.source === 'assessor');
			expect(own.length, orgCode(a.organisationId)).toBeGreaterThanOrEqual(
				a.frameworkId === 'od-odra-3.1' ? 34 : 44
			);
		}
		const dims = db
			.select()
			.from(dimensionAssessments)
			.where(and(inArray(dimensionAssessments.assessmentId, ids), eq(dimensionAssessments.source, 'final')))
			.all();
		expect(dims).toHaveLength(22 * 8);
		const talks = db.select().from(interviews).where(eq(interviews.roundId, round2018.id)).all();
		expect(talks).toHaveLength(22);
		expect(talks.every((i) => (JSON.parse(i.teamMembers) as number[]).length === 2)).toBe(true);
		expect(talks.every((i) => i.date >= '2018-10-01' && i.date <= '2018-12-28')).toBe(true);
		const cited = db
			.select()
			.from(evidence)
			.where(and(eq(evidence.roundId, round2018.id), eq(evidence.kind, 'interview')))
			.all();
		expect(cited).toHaveLength(22);
		const national = db.select().from(nationalAnswers).where(eq(nationalAnswers.roundId, round2018.id)).all();
		expect(national.map((n) => n.questionCode).sort()).toEqual([
			'DG-1.5',
			'DG-5.3',
			'OD-1.5',
			'OD-6.4',
			'OD-6.5',
			'OD-8.1',
			'OD-8.2',
			'OD-8.3',
			'OD-8.4'
		]);
	});

	it('shows the committee calibrating a few final ratings in January 2019, with a reason', () => {
		const committee = userId('uyban@sansang.example');
		const changed = db
			.select()
			.from(answers)
			.where(
				and(eq(answers.source, 'final'), eq(answers.updatedBy, committee), eq(answers.carriedOver, false))
			)
			.all()
			.filter((a) => ofRound(a.assessmentId));
		expect(changed.length).toBeGreaterThanOrEqual(5);
		expect(changed.every((a) => a.comment && dayIn(a.updatedAt).startsWith('2019-01'))).toBe(true);
	});

	it('keeps chuyengia away from Đà Nẵng and its predecessors, and expert away from Bộ Tài chính', () => {
		const assigned = (email: string) =>
			db
				.select()
				.from(roundAssessors)
				.where(and(eq(roundAssessors.roundId, round2018.id), eq(roundAssessors.userId, userId(email))))
				.all()
				.map((r) => orgCode(r.organisationId));
		const anh = assigned('chuyengia@sansang.example');
		expect(anh).toContain('bo-tai-chinh');
		for (const code of ['da-nang-2018', 'quang-nam-2018']) expect(anh).not.toContain(code);
		const sarah = assigned('expert@sansang.example');
		expect(sarah).toContain('da-nang-2018');
		expect(sarah).not.toContain('bo-tai-chinh');
	});

	it('is weaker than 2026 for the same places, with variety between units', () => {
		const levels = (ids: number[], source: string) =>
			db
				.select()
				.from(answers)
				.where(and(inArray(answers.assessmentId, ids), eq(answers.source, source)))
				.all()
				.map((a) => Number(a.rating))
				.filter((n) => n >= 1 && n <= 4);
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		const dg2018 = rows.filter((a) => a.frameworkId === 'dg-sansang-1.0');
		const successors = new Set(plans2018.map((p) => orgId.get(p.successor)!));
		const dg2026 = db
			.select()
			.from(assessments)
			.where(and(eq(assessments.roundId, roundId), eq(assessments.frameworkId, 'dg-sansang-1.1')))
			.all()
			.filter((a) => successors.has(a.organisationId));
		const before = mean(
			levels(
				dg2018.map((a) => a.id),
				'final'
			)
		);
		const after = mean(
			levels(
				dg2026.map((a) => a.id),
				'assessor'
			)
		);
		expect(before).toBeLessThan(after - 0.3);
		const perUnit = dg2018.map((a) => mean(levels([a.id], 'final')));
		expect(Math.max(...perUnit) - Math.min(...perUnit)).toBeGreaterThan(1);
	});
});
