/**
 * Deterministic data for the benchmark (seeded PRNG, fixed instants; the wall clock is never read).
 *
 * - `seedNationalRound`: one national round over every unit in force (51 organisations) and both
 *   frameworks, built through the real services as people would: respondents answer every question (self),
 *   submit; the lead assessor rates every question (assessor), assesses the OD dimensions and validates
 *   (final = assessor's, carried over); the committee changes a few final ratings. So every assessment has
 *   all three rating sources, audit rows and a current `score_cache` row.
 * - `seedSynthetic`: N synthetic validated assessments (three sources, some questions unanswered) in a
 *   separate database, bulk-inserted in transactions, for the engine-versus-SQL comparison (P4).
 */
import { eq } from 'drizzle-orm';
import { openDatabase, migrateDatabase, type Db } from '../src/lib/server/db';
import { assessments, users } from '../src/lib/server/db/schema';
import { prepareDatabase } from '../src/lib/server/services/startup';
import { hashPassword } from '../src/lib/server/auth/password';
import type { AuthedUser } from '../src/lib/server/auth/guards';
import { requireFramework } from '../src/lib/server/repositories/frameworks';
import { listOrganisations } from '../src/lib/server/repositories/organisations';
import { answersOf } from '../src/lib/server/repositories/assessments';
import { saveAnswers, saveNationalAnswer } from '../src/lib/server/services/answers';
import { saveDimensionAssessment } from '../src/lib/server/services/dimensions';
import { transitionAssessment } from '../src/lib/server/services/workflow';
import { createReport } from '../src/lib/server/services/reports';
import { changeRoundStatus, createRound, setAssessors } from '../src/lib/server/services/rounds';
import { organisationPlans } from '../src/lib/server/seed/demo-round-plan';
import { planDgRatings, planDimension, planOdRatings, type PlannedAnswer } from '../src/lib/server/seed/demo-ratings';
import { Rng, vietnamInstant } from '../src/lib/server/seed/demo-random';
import type { DgFramework, Framework, OdFramework } from '../src/lib/domain/frameworks/schema';
import { appliesToKind } from '../src/lib/domain/frameworks/model';
import { odColours } from '../src/lib/domain/scoring/ratings';
import type { Role } from '../src/lib/domain/access';

export const BENCH_PASSWORD = 'bench passphrase 2026';
export const BENCH_FRAMEWORKS = { dg: 'dg-sansang-1.1', od: 'od-odra-3.1' } as const;
export const BENCH_EMAILS = {
	committee: 'bench.committee@sansang.example',
	assessorA: 'bench.assessor.a@sansang.example',
	assessorB: 'bench.assessor.b@sansang.example',
	respondent: (code: string) => `bench.${code}@sansang.example`
};

const SCOPE_DAY = '2026-11-22';

/** One commit for the whole seed: the services' transactions become savepoints (as in the demo seed). */
async function atomically(db: Db, work: () => Promise<void>): Promise<void> {
	db.$client.exec('BEGIN IMMEDIATE');
	try {
		await work();
		db.$client.exec('COMMIT');
	} catch (e) {
		if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
		throw e;
	}
}

function insertUser(db: Db, u: { email: string; name: string; role: Role; organisationId?: number | null; isLead?: boolean }, passwordHash: string, at: Date): AuthedUser {
	const row = db
		.insert(users)
		.values({ email: u.email, name: u.name, role: u.role, organisationId: u.organisationId ?? null, isLead: u.isLead ?? false, locale: 'vi', passwordHash, createdAt: at, updatedAt: at })
		.returning()
		.get();
	return { id: row.id, email: row.email, name: row.name, role: row.role as Role, organisationId: row.organisationId, isLead: row.isLead, locale: row.locale };
}

export interface NationalRound {
	roundId: number;
	organisations: number;
	assessments: { id: number; organisationId: number; code: string; frameworkId: string }[];
	/** A draft agency report (Bộ Tài chính) for W3, W5 and W7. */
	reportId: number;
}

/** The organisation whose pages the benchmark loads (questionnaire, report). */
export const BENCH_ORGANISATION = 'bo-tai-chinh';

/** A fresh database at `path` with the national round (see the module comment). */
export async function seedNationalRound(path: string, log: (s: string) => void = () => {}): Promise<NationalRound> {
	const db = openDatabase(path);
	migrateDatabase(db);
	await prepareDatabase(db, { demo: false });
	const passwordHash = await hashPassword(BENCH_PASSWORD);
	const dg = (await requireFramework(db, BENCH_FRAMEWORKS.dg)) as DgFramework;
	const od = (await requireFramework(db, BENCH_FRAMEWORKS.od)) as OdFramework;
	const orgs = await listOrganisations(db, { day: SCOPE_DAY, locale: 'vi' });
	const plans = new Map(organisationPlans.map((p) => [p.code, p]));
	let minute = 0;
	const at = () => vietnamInstant('2026-10-01', 8, minute++);
	let roundId = 0;
	let committee: AuthedUser | undefined;
	await atomically(db, async () => {
		const created = vietnamInstant('2026-09-01', 8, 0);
		committee = insertUser(db, { email: BENCH_EMAILS.committee, name: 'Ủy ban (bench)', role: 'committee' }, passwordHash, created);
		const assessorA = insertUser(db, { email: BENCH_EMAILS.assessorA, name: 'Chuyên gia A (bench)', role: 'assessor' }, passwordHash, created);
		const assessorB = insertUser(db, { email: BENCH_EMAILS.assessorB, name: 'Chuyên gia B (bench)', role: 'assessor' }, passwordHash, created);
		const leads = new Map(
			orgs.map((o) => [o.id, insertUser(db, { email: BENCH_EMAILS.respondent(o.code), name: `Lãnh đạo ${o.code}`, role: 'respondent', organisationId: o.id, isLead: true }, passwordHash, created)])
		);
		roundId = await createRound(
			db,
			committee,
			{
				nameVi: 'Vòng đánh giá quốc gia (benchmark)',
				nameEn: 'National round (benchmark)',
				year: 2026,
				mode: 'self_then_validation',
				blind: true,
				frameworkIds: [dg.id, od.id],
				organisationIds: orgs.map((o) => o.id),
				selfDeadline: '2026-12-15',
				reviewDeadline: '2027-01-31'
			},
			at()
		);
		if (!committee) throw new Error('no committee');
		for (const o of orgs) await setAssessors(db, committee, roundId, o.id, [assessorA.id, assessorB.id], at());
		await changeRoundStatus(db, committee, roundId, 'open', at());

		// National questions: answered once by the assessors.
		const rng = new Rng('sansang-bench:national');
		const nationalOd = new Map<string, string>();
		for (const fw of [dg, od] as Framework[]) {
			for (const section of fw.sections) {
				for (const q of section.questions) {
					if (q.scope !== 'national') continue;
					const rating = fw.kind === 'dg' ? String(rng.int(1, 4)) : rng.pick(odColours);
					await saveNationalAnswer(db, assessorA, roundId, fw.id, { questionCode: q.code, rating, comment: null, baseVersion: 0 }, at());
					if (fw.kind === 'od') nationalOd.set(q.code, rating);
				}
			}
		}

		const ids = new Map(
			db
				.select({ id: assessments.id, organisationId: assessments.organisationId, frameworkId: assessments.frameworkId })
				.from(assessments)
				.where(eq(assessments.roundId, roundId))
				.all()
				.map((a) => [`${a.organisationId}:${a.frameworkId}`, a.id])
		);
		const save = async (user: AuthedUser, assessmentId: number, source: 'self' | 'assessor' | 'final', planned: PlannedAnswer[]) => {
			const versions = new Map(answersOf(db, assessmentId, [source]).map((r) => [r.questionCode, r.version]));
			const outcomes = await saveAnswers(
				db,
				user,
				assessmentId,
				planned.map((a) => ({ questionCode: a.code, source, rating: a.rating, naReason: a.naReason, comment: a.comment, baseVersion: versions.get(a.code) ?? 0 })),
				at()
			);
			const refused = outcomes.find((o) => o.status === 'conflict');
			if (refused) throw new Error(`bench seed: conflict on ${refused.questionCode}`);
		};

		for (const o of orgs) {
			const plan = plans.get(o.code);
			const orng = new Rng(`sansang-bench:${o.code}`);
			const profile = { code: o.code, kind: o.kind, region: o.region, dgBase: plan?.dgBase ?? 2.3, odBase: plan?.odBase ?? 1.8 };
			const lead = leads.get(o.id)!;
			for (const fw of [dg, od] as Framework[]) {
				const id = ids.get(`${o.id}:${fw.id}`)!;
				const planned = fw.kind === 'dg' ? planDgRatings(fw, profile, orng, 'vi') : planOdRatings(fw, profile, orng, 'vi');
				await save(lead, id, 'self', planned.self);
				await transitionAssessment(db, lead, id, 'submit', null, { at: at() });
				await transitionAssessment(db, assessorA, id, 'start_review', null, { at: at() });
				await save(assessorA, id, 'assessor', planned.assessor);
				if (fw.kind === 'od') {
					const ratings = new Map([...nationalOd, ...planned.assessor.map((a) => [a.code, a.rating] as const)]);
					for (const dimension of fw.sections) {
						const d = planDimension(fw, dimension, ratings, profile, orng, { override: false, locale: 'vi' });
						await saveDimensionAssessment(
							db,
							assessorA,
							id,
							{ dimensionCode: d.dimensionCode, source: 'assessor', coreIssues: d.coreIssues, redTriggers: d.redTriggers, colour: d.colour, justification: null, baseVersion: 0 },
							at()
						);
					}
				}
				await transitionAssessment(db, assessorA, id, 'validate', null, { at: at() });
				// The committee moves a few final ratings one step.
				const rated = planned.assessor.filter((a) => (fw.kind === 'dg' ? /^[1-4]$/.test(a.rating) : (odColours as readonly string[]).includes(a.rating)));
				const changes = orng.sample(rated, 3).map((a) => {
					if (fw.kind === 'dg') return { ...a, rating: String(a.rating === '4' ? 3 : Number(a.rating) + 1), comment: 'Hội đồng điều chỉnh (bench)' };
					const i = (odColours as readonly string[]).indexOf(a.rating);
					return { ...a, rating: odColours[i === odColours.length - 1 ? i - 1 : i + 1], comment: 'Hội đồng điều chỉnh (bench)' };
				});
				await save(committee, id, 'final', changes);
			}
		}
		log(`national round ${roundId}: ${orgs.length} organisations × 2 frameworks, three sources each`);
	});
	const reportId = await createReport(db, committee!, 'agency', roundId, orgs.find((o) => o.code === BENCH_ORGANISATION)!.id, at());
	const list = db
		.select({ id: assessments.id, organisationId: assessments.organisationId, frameworkId: assessments.frameworkId })
		.from(assessments)
		.where(eq(assessments.roundId, roundId))
		.all()
		.map((a) => ({ ...a, code: orgs.find((o) => o.id === a.organisationId)!.code }));
	db.$client.close();
	return { roundId, organisations: orgs.length, assessments: list, reportId };
}

/**
 * A separate database with `count` synthetic validated assessments: rounds of the 51 units × both
 * frameworks, answers for the three sources (about 8 % unanswered, some N/A and don't know / GREY),
 * national answers per round. Inserted in bulk (one transaction per round), not through the services.
 */
export async function seedSynthetic(path: string, count: number): Promise<{ rounds: number; assessments: number; answers: number }> {
	const db = openDatabase(path);
	migrateDatabase(db);
	await prepareDatabase(db, { demo: false });
	const c = db.$client;
	// A synthetic database can be rebuilt at will: no need to fsync every round.
	c.pragma('synchronous = OFF');
	const dg = (await requireFramework(db, BENCH_FRAMEWORKS.dg)) as DgFramework;
	const od = (await requireFramework(db, BENCH_FRAMEWORKS.od)) as OdFramework;
	const orgs = await listOrganisations(db, { day: SCOPE_DAY, locale: 'vi' });
	const rng = new Rng('sansang-bench:synthetic');
	const at = vietnamInstant('2026-10-01', 8, 0).getTime();
	const insRound = c.prepare(`INSERT INTO rounds (name_vi, year, mode, blind, status, created_at, updated_at) VALUES (?, 2026, 'self_then_validation', 1, 'open', ?, ?)`);
	const insRf = c.prepare('INSERT INTO round_frameworks (round_id, framework_id) VALUES (?, ?)');
	const insRo = c.prepare('INSERT INTO round_organisations (round_id, organisation_id) VALUES (?, ?)');
	const insA = c.prepare(`INSERT INTO assessments (round_id, organisation_id, framework_id, status, version, created_at, updated_at) VALUES (?, ?, ?, 'validated', 1, ?, ?)`);
	const insAns = c.prepare('INSERT INTO answers (assessment_id, question_code, source, rating, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)');
	const insNat = c.prepare('INSERT INTO national_answers (round_id, framework_id, question_code, rating, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)');
	const dgRating = (base: number) => {
		const r = rng.float();
		if (r < 0.08) return null;
		if (r < 0.11) return 'dont_know';
		if (r < 0.13) return 'na';
		return String(Math.min(4, Math.max(1, Math.round(base + rng.noise(1.6)))));
	};
	const odRating = (base: number) => {
		const r = rng.float();
		if (r < 0.08) return null;
		if (r < 0.12) return 'grey';
		if (r < 0.14) return 'na';
		return odColours[Math.min(4, Math.max(0, Math.round(base + rng.noise(2))))];
	};
	let made = 0;
	let rows = 0;
	let roundCount = 0;
	while (made < count) {
		c.transaction(() => {
			const roundId = Number(insRound.run(`Synthetic ${roundCount + 1}`, at, at).lastInsertRowid);
			roundCount++;
			for (const fw of [dg, od] as Framework[]) {
				insRf.run(roundId, fw.id);
				for (const section of fw.sections)
					for (const q of section.questions)
						if (q.scope === 'national') insNat.run(roundId, fw.id, q.code, fw.kind === 'dg' ? String(rng.int(1, 4)) : rng.pick(odColours), at);
			}
			for (const o of orgs) {
				insRo.run(roundId, o.id);
				for (const fw of [dg, od] as Framework[]) {
					if (made >= count) return;
					const id = Number(insA.run(roundId, o.id, fw.id, at, at).lastInsertRowid);
					made++;
					const base = fw.kind === 'dg' ? 1 + rng.float() * 3 : rng.float() * 4;
					for (const section of fw.sections) {
						for (const q of section.questions) {
							if (q.scope !== 'organisation' || !appliesToKind(q, o.kind)) continue;
							for (const source of ['self', 'assessor', 'final']) {
								const rating = fw.kind === 'dg' ? dgRating(base) : odRating(base);
								if (rating === null) continue;
								insAns.run(id, q.code, source, rating, at);
								rows++;
							}
						}
					}
				}
			}
		})();
	}
	c.pragma('synchronous = FULL');
	db.$client.close();
	return { rounds: roundCount, assessments: made, answers: rows };
}
