/**
 * A round ready to work in, for service tests: both shipped frameworks, Bộ Tài chính (A) and Đà Nẵng (B),
 * a lead and a member for A, a respondent for B, an assessor assigned to A, another assessor assigned to
 * nobody, a committee reviewer.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { registerShippedFrameworks, requireFramework } from '../repositories/frameworks';
import { organisationIdByCode } from '../seed/organisations';
import { changeRoundStatus, createRound, setAssessors } from '../services/rounds';
import { saveAnswers } from '../services/answers';
import { dbWithOrganisations, makeUser } from './factories';
import { askedQuestions } from '$lib/domain/progress';
import type { AnySection } from '$lib/domain/frameworks/model';

export { asAuthedUser as asUser } from '../auth/guards';
import { asAuthedUser as asUser } from '../auth/guards';

export async function roundFixture(options: { mode?: 'self_then_validation' | 'interview_only'; blind?: boolean } = {}) {
	const db: Db = dbWithOrganisations();
	await registerShippedFrameworks(db);
	const orgA = organisationIdByCode(db, 'bo-tai-chinh');
	const orgB = organisationIdByCode(db, 'da-nang');
	const people = {
		leadA: asUser(makeUser(db, { role: 'respondent', organisation: 'bo-tai-chinh', isLead: true })),
		memberA: asUser(makeUser(db, { role: 'respondent', organisation: 'bo-tai-chinh' })),
		leadB: asUser(makeUser(db, { role: 'respondent', organisation: 'da-nang', isLead: true })),
		assessor: asUser(makeUser(db, { role: 'assessor' })),
		otherAssessor: asUser(makeUser(db, { role: 'assessor' })),
		committee: asUser(makeUser(db, { role: 'committee' })),
		admin: asUser(makeUser(db, { role: 'admin' }))
	};
	const roundId = await createRound(db, people.committee, {
		nameVi: 'Đợt đánh giá thử nghiệm 2026',
		nameEn: 'Test round 2026',
		year: 2026,
		mode: options.mode ?? 'self_then_validation',
		blind: options.blind ?? true,
		frameworkIds: ['dg-sansang-1.0', 'od-odra-3.1'],
		organisationIds: [orgA, orgB],
		selfDeadline: '2026-12-15',
		reviewDeadline: '2027-01-31'
	});
	await setAssessors(db, people.committee, roundId, orgA, [people.assessor.id]);
	await changeRoundStatus(db, people.committee, roundId, 'open');
	const assessmentOf = (organisationId: number, frameworkId: string) =>
		db.select().from(assessments).where(and(eq(assessments.roundId, roundId), eq(assessments.organisationId, organisationId), eq(assessments.frameworkId, frameworkId))).get()!.id;
	return {
		db,
		roundId,
		orgA,
		orgB,
		people,
		dgA: assessmentOf(orgA, 'dg-sansang-1.0'),
		odA: assessmentOf(orgA, 'od-odra-3.1'),
		dgB: assessmentOf(orgB, 'dg-sansang-1.0')
	};
}

/** Answers every question a source must answer, with one rating (or a function of the code). */
export async function answerAll(db: Db, user: AuthedUser, assessmentId: number, source: 'self' | 'assessor' | 'final', rating: string | ((code: string) => string), orgKind: string) {
	const a = db.select().from(assessments).where(eq(assessments.id, assessmentId)).get()!;
	const fw = await requireFramework(db, a.frameworkId);
	const saves = (fw.sections as AnySection[])
		.flatMap((s) => askedQuestions(s, orgKind))
		.map((q) => {
			const r = typeof rating === 'function' ? rating(q.code) : rating;
			return { questionCode: q.code, source, rating: r, naReason: r === 'na' ? 'Không thuộc chức năng' : null, comment: null, baseVersion: 0 };
		});
	return saveAnswers(db, user, assessmentId, saves);
}
