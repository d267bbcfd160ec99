import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { roundFixture } from '../testing/round-fixture';
import { makeUser } from '../testing/factories';
import { assessments, interviewOrganisations } from '../db/schema';
import { createRound, setAssessors } from './rounds';
import { saveInterview } from './interviews';
import { addDocument, citeInterview } from './evidence';
import { updateInformationRequest } from './information-requests';
import { saveFactSheet } from './fact-sheets';
import { DomainError } from './errors';
import {
	citationTargets,
	factSheetAccess,
	fieldworkRound,
	interviewCitations,
	interviewFor,
	interviewFormOptions,
	interviewList,
	mayOpenInterviews,
	odFrameworkOf,
	requestChecklist,
	requestsAccess,
	visibleFactSheets,
	type FieldworkRound
} from './fieldwork';
import type { InterviewInput } from '$lib/domain/validation/interviews';
import type { FactSheetInput } from '$lib/domain/validation/fact-sheets';

type Fixture = Awaited<ReturnType<typeof roundFixture>>;

/** The round fixture with the other assessor assigned to Đà Nẵng (B), as in the demo round. */
async function world() {
	const f = await roundFixture();
	await setAssessors(f.db, f.people.committee, f.roundId, f.orgB, [f.people.otherAssessor.id]);
	const fr = (await fieldworkRound(f.db, f.roundId, 'vi')) as FieldworkRound;
	return { ...f, fr };
}

const interview = (organisationIds: number[], teamMemberIds: number[], extra: Partial<InterviewInput> = {}): InterviewInput => ({
	date: '2026-03-12',
	stakeholderCategory: 'data_holder',
	intervieweeRoles: 'Phó Vụ trưởng Vụ Kế hoạch – Tài chính',
	affiliation: 'Bộ Tài chính',
	organisationIds,
	teamMemberIds,
	sections: ['OD-4', 'DG-6'],
	notes: 'Nội dung bảo mật',
	baseVersion: 0,
	...extra
});

const sheet = (title: string, extra: Partial<FactSheetInput> = {}): FactSheetInput => ({
	title,
	fields: { owner: 'Tổng cục Thống kê', formats: 'CSV, XLSX' } as FactSheetInput['fields'],
	feasibilityPolicy: 'high',
	feasibilityTechnical: 'high',
	feasibilityInstitutional: 'medium',
	baseVersion: 0,
	...extra
});

async function refusal(p: Promise<unknown>): Promise<DomainError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}

const informs = (f: Fixture, id: number) =>
	f.db.select().from(interviewOrganisations).where(eq(interviewOrganisations.interviewId, id)).all().map((r) => r.organisationId).sort();

describe('interviews on the fieldwork screens', () => {
	it('opens the interview pages to the committee and to assessors assigned in the round only', async () => {
		const f = await world();
		const loner = makeUser(f.db, { role: 'assessor' });
		const asUser = { ...loner, role: 'assessor' as const };
		expect(mayOpenInterviews(f.db, f.people.committee, f.roundId)).toBe(true);
		expect(mayOpenInterviews(f.db, f.people.assessor, f.roundId)).toBe(true);
		expect(mayOpenInterviews(f.db, f.people.otherAssessor, f.roundId)).toBe(true);
		expect(mayOpenInterviews(f.db, asUser, f.roundId)).toBe(false);
		expect(mayOpenInterviews(f.db, f.people.leadA, f.roundId)).toBe(false);
		expect(mayOpenInterviews(f.db, f.people.admin, f.roundId)).toBe(false);
	});

	it('lists interviews with names, sections and a warning below two team members, to those informing their organisations', async () => {
		const f = await world();
		const solo = await saveInterview(f.db, f.people.assessor, f.roundId, null, interview([f.orgA], [f.people.assessor.id]));
		const pair = await saveInterview(f.db, f.people.assessor, f.roundId, null, interview([f.orgA], [f.people.assessor.id, f.people.committee.id], { date: '2026-03-14' }));
		const onB = await saveInterview(f.db, f.people.otherAssessor, f.roundId, null, interview([f.orgB], [f.people.otherAssessor.id]));

		const list = interviewList(f.db, f.people.assessor, f.fr, 'vi');
		expect(list.map((i) => [i.id, i.understaffed])).toEqual([
			[pair, false],
			[solo, true]
		]);
		expect(list[0].organisations).toEqual(['Bộ Tài chính']);
		expect(list[0].sections.map((s) => s.code)).toEqual(['OD-4', 'DG-6']);
		expect(list[0].sections[0].title).toMatch(/dữ liệu/i);
		expect(list[0].teamMembers).toEqual([f.people.assessor.name, f.people.committee.name]);
		expect(interviewList(f.db, f.people.committee, f.fr, 'en').map((i) => i.id)).toEqual([pair, onB, solo]);
		expect(interviewList(f.db, f.people.otherAssessor, f.fr, 'vi').map((i) => i.id)).toEqual([onB]);
		expect(interviewList(f.db, f.people.committee, f.fr, 'vi', f.orgB).map((i) => i.id)).toEqual([onB]);

		expect(interviewFor(f.db, f.people.otherAssessor, f.roundId, solo)).toBe('forbidden');
		expect(interviewFor(f.db, f.people.assessor, f.roundId, 999_999)).toBe('not_found');
		expect(interviewFor(f.db, f.people.assessor, f.roundId + 1, solo)).toBe('not_found');
		expect(interviewFor(f.db, f.people.assessor, f.roundId, solo)).toMatchObject({ id: solo, notes: 'Nội dung bảo mật' });
	});

	it('offers active assessors and committee members as team, the round’s pillars and dimensions as sections', async () => {
		const f = await world();
		const gone = makeUser(f.db, { role: 'assessor', name: 'Chuyên gia đã nghỉ', disabled: true });
		const options = interviewFormOptions(f.db, f.people.assessor, f.fr, 'vi');
		const ids = options.teamMembers.map((t) => t.id);
		expect(ids).toEqual(expect.arrayContaining([f.people.assessor.id, f.people.otherAssessor.id, f.people.committee.id]));
		expect(ids).not.toContain(gone.id);
		expect(ids).not.toContain(f.people.leadA.id);
		expect(options.organisations.map((o) => o.id)).toEqual([f.orgA]);
		expect(options.sections.map((s) => s.code)).toEqual(['DG-1', 'DG-2', 'DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7', 'OD-1', 'OD-2', 'OD-3', 'OD-4', 'OD-5', 'OD-6', 'OD-7', 'OD-8']);
		// Someone recorded as present stays a choice after being disabled, so saving does not drop them.
		const id = await saveInterview(f.db, f.people.assessor, f.roundId, null, interview([f.orgA], [f.people.assessor.id, gone.id]));
		const current = interviewFor(f.db, f.people.assessor, f.roundId, id);
		if (typeof current === 'string') throw new Error(current);
		expect(interviewFormOptions(f.db, f.people.assessor, f.fr, 'vi', current).teamMembers.map((t) => t.id)).toContain(gone.id);
	});

	it('keeps the organisations of other assessors when an assessor edits a shared interview', async () => {
		const f = await world();
		const id = await saveInterview(f.db, f.people.committee, f.roundId, null, interview([f.orgA, f.orgB], [f.people.assessor.id, f.people.otherAssessor.id]));
		const current = interviewFor(f.db, f.people.assessor, f.roundId, id);
		if (typeof current === 'string') throw new Error(current);
		expect(interviewFormOptions(f.db, f.people.assessor, f.fr, 'vi', current).keptOrganisations.map((o) => o.id)).toEqual([f.orgB]);
		// The form posts only what the assessor may choose: Đà Nẵng stays.
		await saveInterview(f.db, f.people.assessor, f.roundId, id, interview([f.orgA], [f.people.assessor.id], { baseVersion: 1 }));
		expect(informs(f, id)).toEqual([f.orgA, f.orgB].sort());
		// Naming it again changes nothing either.
		await saveInterview(f.db, f.people.assessor, f.roundId, id, interview([f.orgA, f.orgB], [f.people.assessor.id], { baseVersion: 2 }));
		expect(informs(f, id)).toEqual([f.orgA, f.orgB].sort());
		// But an assessor cannot add an organisation they do not work on.
		const own = await saveInterview(f.db, f.people.assessor, f.roundId, null, interview([f.orgA], [f.people.assessor.id]));
		expect((await refusal(saveInterview(f.db, f.people.assessor, f.roundId, own, interview([f.orgA, f.orgB], [], { baseVersion: 1 })))).status).toBe(403);
		expect(informs(f, own)).toEqual([f.orgA]);
		// A stale version is a conflict, not an overwrite.
		expect((await refusal(saveInterview(f.db, f.people.assessor, f.roundId, id, interview([f.orgA], [], { baseVersion: 1 })))).key).toBe('error_conflict_interview');
	});

	it('offers the questions an assigned assessor may cite, and lists citations to those who may see them', async () => {
		const f = await world();
		const id = await saveInterview(f.db, f.people.assessor, f.roundId, null, interview([f.orgA], [f.people.assessor.id, f.people.committee.id]));
		const current = interviewFor(f.db, f.people.assessor, f.roundId, id);
		if (typeof current === 'string') throw new Error(current);
		const targets = citationTargets(f.db, f.people.assessor, f.fr, current, 'vi');
		expect(targets.map((t) => t.organisation)).toEqual(['Bộ Tài chính']);
		expect(targets[0].assessments.map((a) => [a.assessmentId, a.kind])).toEqual([
			[f.dgA, 'dg'],
			[f.odA, 'od']
		]);
		const od = targets[0].assessments[1];
		expect(od.sections.find((s) => s.code === 'OD-4')?.covered).toBe(true);
		expect(od.sections.find((s) => s.code === 'OD-1')?.covered).toBe(false);
		// National questions (the OGP position, OD-1.5) take no evidence per organisation.
		expect(od.sections.flatMap((s) => s.questions.map((q) => q.code))).not.toContain('OD-1.5');
		// The committee reads interviews but does not add evidence.
		expect(citationTargets(f.db, f.people.committee, f.fr, current, 'vi')).toEqual([]);

		await citeInterview(f.db, f.people.assessor, {
			roundId: f.roundId,
			organisationId: f.orgA,
			interviewId: id,
			polarity: '+',
			description: 'Vụ Kế hoạch xác nhận kế hoạch mở dữ liệu',
			links: [
				{ assessmentId: f.odA, questionCode: 'OD-4.2' },
				{ assessmentId: f.dgA, questionCode: 'DG-6.1' }
			]
		});
		const cited = interviewCitations(f.db, f.people.committee, f.fr, id, 'en');
		expect(cited).toHaveLength(1);
		expect(cited[0]).toMatchObject({ organisation: 'Ministry of Finance', polarity: '+', createdBy: f.people.assessor.name });
		expect(cited[0].questions.map((q) => q.code)).toEqual(['DG-6.1', 'OD-4.2']);
		expect(cited[0].questions[1].label).not.toBe('OD-4.2');
		expect(interviewCitations(f.db, f.people.otherAssessor, f.fr, id, 'vi')).toEqual([]);
	});
});

describe('the information-request checklist', () => {
	const txt = (text: string) => ({ name: 'tai-lieu.txt', bytes: new TextEncoder().encode(text) });

	it('lets the assigned assessor and the committee manage it, and the organisation’s respondents read it', async () => {
		const f = await world();
		expect(requestsAccess(f.db, f.people.assessor, f.roundId, f.orgA)).toBe('manage');
		expect(requestsAccess(f.db, f.people.committee, f.roundId, f.orgA)).toBe('manage');
		expect(requestsAccess(f.db, f.people.memberA, f.roundId, f.orgA)).toBe('read');
		expect(requestsAccess(f.db, f.people.leadB, f.roundId, f.orgA)).toBeNull();
		expect(requestsAccess(f.db, f.people.otherAssessor, f.roundId, f.orgA)).toBeNull();
		expect(requestsAccess(f.db, f.people.admin, f.roundId, f.orgA)).toBeNull();
	});

	it('shows every item in the reader’s language with counts, and hides the assessors’ documents from respondents', async () => {
		const f = await world();
		const od = odFrameworkOf(f.fr)!;
		const own = await addDocument(f.db, f.people.leadA, { roundId: f.roundId, organisationId: f.orgA, title: 'Quy chế cung cấp thông tin', description: null, polarity: '+', links: [], file: txt('Quy chế') });
		const theirs = await addDocument(f.db, f.people.assessor, { roundId: f.roundId, organisationId: f.orgA, title: 'Ghi nhận của đoàn', description: null, polarity: 'o', links: [], file: txt('Ghi nhận') });
		await updateInformationRequest(f.db, f.people.assessor, f.roundId, f.orgA, 'IR-01', { status: 'received', note: 'Nhận bản giấy', evidenceId: own, baseVersion: 1 });
		await updateInformationRequest(f.db, f.people.assessor, f.roundId, f.orgA, 'IR-02', { status: 'received', note: null, evidenceId: theirs, baseVersion: 1 });
		await updateInformationRequest(f.db, f.people.committee, f.roundId, f.orgA, 'IR-03', { status: 'missing', note: null, evidenceId: null, baseVersion: 1 });

		const managed = requestChecklist(f.db, f.fr, od, f.orgA, 'manage', 'vi');
		expect(managed.items).toHaveLength(30);
		expect(managed.counts).toEqual({ requested: 27, received: 2, missing: 1 });
		expect(managed.items[0]).toMatchObject({ code: 'IR-01', status: 'received', note: 'Nhận bản giấy', evidenceTitle: 'Quy chế cung cấp thông tin', version: 2, tracked: true });
		expect(managed.items[0].text).toMatch(/Luật Tiếp cận thông tin/);
		expect(managed.items[0].dimension.code).toBe('OD-1');
		expect(managed.documents.map((d) => d.id).sort()).toEqual([own, theirs].sort());

		const read = requestChecklist(f.db, f.fr, od, f.orgA, 'read', 'en');
		expect(read.items[0].text).toMatch(/Law on Access to Information/);
		expect(read.items[0].evidenceTitle).toBe('Quy chế cung cấp thông tin');
		expect(read.items[1].evidenceTitle).toBeNull();
		expect(read.documents).toEqual([]);
	});
});

describe('dataset fact sheets', () => {
	it('may be read by those who read the organisation’s evidence and changed by those who may add it', async () => {
		const f = await world();
		const access = (user: (typeof f.people)[keyof typeof f.people]) => factSheetAccess(f.db, user, f.fr, f.orgA);
		expect(access(f.people.leadA)).toEqual({ read: true, edit: true, published: false });
		expect(access(f.people.assessor)).toEqual({ read: true, edit: true, published: false });
		expect(access(f.people.committee)).toEqual({ read: true, edit: false, published: false });
		expect(access(f.people.admin)).toEqual({ read: true, edit: false, published: false });
		expect(access(f.people.leadB)).toMatchObject({ read: false, edit: false });
		expect(access(f.people.otherAssessor)).toMatchObject({ read: false, edit: false });
		// Once validated, assessors can no longer add evidence to the organisation's work.
		f.db.update(assessments).set({ status: 'validated' }).where(eq(assessments.organisationId, f.orgA)).run();
		expect(access(f.people.assessor)).toEqual({ read: true, edit: false, published: false });
	});

	it('shows respondents their own sheets, and the assessors’ ones only after publication', async () => {
		const f = await world();
		const mine = await saveFactSheet(f.db, f.people.memberA, f.roundId, f.orgA, null, sheet('Dữ liệu thu ngân sách'));
		const team = await saveFactSheet(f.db, f.people.assessor, f.roundId, f.orgA, null, sheet('Dữ liệu nợ công', { feasibilityPolicy: 'low' }));
		const forMember = () => visibleFactSheets(f.db, f.people.memberA, f.roundId, f.orgA, factSheetAccess(f.db, f.people.memberA, f.fr, f.orgA), 'vi');
		expect(forMember().map((s) => s.id)).toEqual([mine]);
		const all = visibleFactSheets(f.db, f.people.assessor, f.roundId, f.orgA, factSheetAccess(f.db, f.people.assessor, f.fr, f.orgA), 'vi');
		expect(all.map((s) => [s.title, s.priority])).toEqual([
			['Dữ liệu nợ công', 'longer_term'],
			['Dữ liệu thu ngân sách', 'medium_term']
		]);
		expect(all[1]).toMatchObject({ createdByName: f.people.memberA.name, fields: { owner: 'Tổng cục Thống kê' } });
		f.db.update(assessments).set({ status: 'published' }).where(eq(assessments.id, f.odA)).run();
		expect(forMember().map((s) => s.id).sort()).toEqual([mine, team].sort());
		expect(visibleFactSheets(f.db, f.people.leadB, f.roundId, f.orgA, factSheetAccess(f.db, f.people.leadB, f.fr, f.orgA), 'vi')).toEqual([]);
	});

	it('gives no fieldwork to a round still in draft, nor to one that does not exist', async () => {
		const f = await world();
		const draft = await createRound(f.db, f.people.committee, {
			nameVi: 'Đợt nháp',
			nameEn: null,
			year: 2027,
			mode: 'self_then_validation',
			blind: true,
			frameworkIds: ['od-odra-3.1'],
			organisationIds: [f.orgA],
			selfDeadline: null,
			reviewDeadline: null
		});
		expect(await fieldworkRound(f.db, draft, 'vi')).toBeNull();
		expect(await fieldworkRound(f.db, 999_999, 'vi')).toBeNull();
		expect((await fieldworkRound(f.db, f.roundId, 'en'))?.name).toBe('Test round 2026');
	});
});
