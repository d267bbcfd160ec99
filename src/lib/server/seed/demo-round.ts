/**
 * The fictional 2026 round of the demo database, produced through the services (so audit rows, status
 * history, scores and snapshots are what the app itself writes): the committee creates the round over
 * every unit in force, assigns the two assessor teams and opens it; the assessors answer the national
 * questions and record interviews; then each organisation's work runs to its planned stage (see
 * `demo-round-plan.ts`). Deterministic: seeded PRNG, fixed instants in September–November 2026.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { requireFramework } from '../repositories/frameworks';
import { listOrganisations } from '../repositories/organisations';
import { saveNationalAnswer } from '../services/answers';
import { saveInterview } from '../services/interviews';
import { changeRoundStatus, createRound, setAssessors } from '../services/rounds';
import type { Role } from '$lib/domain/access';
import type { DgFramework, OdFramework } from '$lib/domain/frameworks/schema';
import { DemoClock, Rng, vietnamInstant } from './demo-random';
import {
	assessorEmails,
	COMMITTEE_EMAIL,
	DEMO_ROUND,
	organisationPlans,
	reached,
	UNTOUCHED,
	type AssessorKey
} from './demo-round-plan';
import { interviewPlans, nationalAnswerPlans } from './demo-interviews';
import { OrganisationSeeder, type RoundSeeding } from './demo-organisation';

export function people(db: Db): Map<string, AuthedUser> {
	return new Map(
		db
			.select()
			.from(users)
			.all()
			.map((u) => [
				u.email,
				{
					id: u.id,
					email: u.email,
					name: u.name,
					role: u.role as Role,
					organisationId: u.organisationId,
					isLead: u.isLead,
					locale: u.locale
				}
			])
	);
}

export function person(all: Map<string, AuthedUser>, email: string): AuthedUser {
	const user = all.get(email);
	if (!user) throw new Error(`demo account ${email} missing`);
	return user;
}

export async function seedDemoRound2026(db: Db): Promise<void> {
	const everyone = people(db);
	const committee = person(everyone, COMMITTEE_EMAIL);
	const assessors = Object.fromEntries(
		Object.entries(assessorEmails).map(([key, email]) => [key, person(everyone, email)])
	) as Record<AssessorKey, AuthedUser>;
	const dg = (await requireFramework(db, DEMO_ROUND.frameworks.dg)) as DgFramework;
	const od = (await requireFramework(db, DEMO_ROUND.frameworks.od)) as OdFramework;

	const inScope = await listOrganisations(db, { day: DEMO_ROUND.scopeDay, locale: 'vi' });
	const byCode = new Map(inScope.map((o) => [o.code, o]));
	const planned = new Set(organisationPlans.map((p) => p.code));
	const unplanned = inScope.filter((o) => !planned.has(o.code)).map((o) => o.code);
	const unknown = [...planned].filter((code) => !byCode.has(code));
	if (unplanned.length || unknown.length)
		throw new Error(
			`demo round plan out of step with the register: ${[...unplanned, ...unknown].join(', ')}`
		);

	const rng = new Rng('sansang-demo-2026:round');
	const clock = new DemoClock(rng, '2026-09-03', 8);
	const roundId = await createRound(
		db,
		committee,
		{
			nameVi: DEMO_ROUND.nameVi,
			nameEn: DEMO_ROUND.nameEn,
			year: DEMO_ROUND.year,
			mode: 'self_then_validation',
			blind: true,
			frameworkIds: [dg.id, od.id],
			organisationIds: inScope.map((o) => o.id),
			selfDeadline: DEMO_ROUND.selfDeadline,
			reviewDeadline: DEMO_ROUND.reviewDeadline
		},
		clock.after(0, 0)
	);
	clock.after(1, 1);
	for (const plan of organisationPlans) {
		await setAssessors(
			db,
			committee,
			roundId,
			byCode.get(plan.code)!.id,
			plan.assessors.map((k) => assessors[k].id),
			clock.tick()
		);
	}
	await changeRoundStatus(db, committee, roundId, 'open', clock.notBefore('2026-09-07'));

	const assessmentIds = new Map(
		db
			.select({
				id: assessments.id,
				organisationId: assessments.organisationId,
				frameworkId: assessments.frameworkId
			})
			.from(assessments)
			.where(and(eq(assessments.roundId, roundId)))
			.all()
			.map((a) => [`${a.organisationId}:${a.frameworkId}`, a.id])
	);

	// National questions come first: once any assessment is validated they are the committee's to change.
	const nationalOd = new Map<string, string>();
	for (const n of nationalAnswerPlans) {
		await saveNationalAnswer(
			db,
			assessors[n.by],
			roundId,
			n.framework,
			{ questionCode: n.code, rating: n.rating, comment: n.comment, baseVersion: 0 },
			vietnamInstant(n.day, 9, rng.int(0, 50))
		);
		let rating = n.rating;
		if (n.revision) {
			const r = n.revision;
			await saveNationalAnswer(
				db,
				assessors[r.by],
				roundId,
				n.framework,
				{ questionCode: n.code, rating: r.rating, comment: r.comment, baseVersion: 1 },
				vietnamInstant(r.day, 14, rng.int(0, 50))
			);
			rating = r.rating;
		}
		if (n.framework === od.id) nationalOd.set(n.code, rating);
	}

	const interviewIds = new Map<string, number>();
	for (const i of interviewPlans) {
		const [recorder] = i.team;
		const members = i.team.map((k) => (k === 'committee' ? committee : assessors[k]));
		const id = await saveInterview(
			db,
			recorder === 'committee' ? committee : assessors[recorder],
			roundId,
			null,
			{
				date: i.date,
				stakeholderCategory: i.category,
				intervieweeRoles: i.roles,
				affiliation: i.affiliation,
				organisationIds: i.organisations.map((code) => byCode.get(code)!.id),
				teamMemberIds: members.map((m) => m.id),
				sections: i.sections,
				notes: i.notes,
				baseVersion: 0
			},
			vietnamInstant(i.date, 16, rng.int(0, 50))
		);
		interviewIds.set(i.key, id);
	}

	const seeding: RoundSeeding = {
		db,
		roundId,
		committee,
		assessors,
		respondents: everyone,
		dg,
		od,
		nationalOd,
		interviewIds,
		assessmentIds
	};
	for (const plan of organisationPlans) {
		const started = reached(plan.dg, 'in_progress') || reached(plan.od, 'in_progress');
		if (plan.code === UNTOUCHED || !started) continue;
		try {
			await new OrganisationSeeder(seeding, plan, byCode.get(plan.code)!).run();
		} catch (e) {
			throw new Error(`demo: seeding ${plan.code} failed: ${(e as Error).message}`, { cause: e });
		}
	}
}
