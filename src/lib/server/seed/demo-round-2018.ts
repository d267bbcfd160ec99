/**
 * The fictional 2018 round of the demo database, produced through the services like the 2026 one (so
 * audit rows, status history, scores and snapshots are what the app itself writes). The round is
 * interview-only, as the 2018–2019 ODDG assessment was: there is no self-evaluation; for each unit the
 * assessors start the review, interview the unit, rate every question, assess the eight OD dimensions
 * and validate; the committee calibrates a few final ratings in January 2019, closes the round and
 * publishes everything after Tết. Deterministic: seeded PRNG, fixed instants from September 2018 to
 * February 2019.
 */
import type { Db } from '../db';
import { assessments } from '../db/schema';
import { eq } from 'drizzle-orm';
import type { AuthedUser } from '../auth/guards';
import { answersOf } from '../repositories/assessments';
import { requireFramework } from '../repositories/frameworks';
import { listOrganisations, type OrganisationView } from '../repositories/organisations';
import { saveAnswers, saveNationalAnswer } from '../services/answers';
import { saveDimensionAssessment } from '../services/dimensions';
import { citeInterview, type QuestionRef } from '../services/evidence';
import { saveInterview } from '../services/interviews';
import { changeRoundStatus, createRound, setAssessors } from '../services/rounds';
import { transitionAssessment } from '../services/workflow';
import { allQuestions, appliesToKind, findQuestion } from '$lib/domain/frameworks/model';
import type { DgFramework, Framework, OdFramework } from '$lib/domain/frameworks/schema';
import { odColours } from '$lib/domain/scoring/ratings';
import { addDays, DemoClock, Rng, vietnamInstant } from './demo-random';
import { assessorEmails, COMMITTEE_EMAIL, type AssessorKey } from './demo-round-plan';
import {
	planDgRatings,
	planDimension,
	planOdRatings,
	type OrganisationProfile,
	type PlannedAnswer
} from './demo-ratings';
import { committeeNotes } from './demo-round-texts';
import { ofName } from './demo-evidence-texts';
import { people, person } from './demo-round';
import { plans2018, ROUND_2018, type Plan2018 } from './demo-round-2018-plan';
import {
	assessorNotes2018,
	interviewCitations2018,
	interviewLines2018,
	interviewRoles2018,
	nationalAnswers2018
} from './demo-round-2018-texts';

interface Round2018 {
	db: Db;
	roundId: number;
	assessors: Record<AssessorKey, AuthedUser>;
	dg: DgFramework;
	od: OdFramework;
	nationalOd: Map<string, string>;
	/** `organisationId:frameworkId` → assessment id. */
	assessmentIds: Map<string, number>;
}

interface Track {
	fw: Framework;
	assessmentId: number;
	ratings: PlannedAnswer[];
}

export async function seedDemoRound2018(db: Db): Promise<void> {
	const everyone = people(db);
	const committee = person(everyone, COMMITTEE_EMAIL);
	const assessors = Object.fromEntries(
		Object.entries(assessorEmails).map(([key, email]) => [key, person(everyone, email)])
	) as Record<AssessorKey, AuthedUser>;
	const dg = (await requireFramework(db, ROUND_2018.frameworks.dg)) as DgFramework;
	const od = (await requireFramework(db, ROUND_2018.frameworks.od)) as OdFramework;

	const inForce = await listOrganisations(db, { day: ROUND_2018.scopeDay, locale: 'vi' });
	const byCode = new Map(inForce.map((o) => [o.code, o]));
	const unknown = plans2018.filter((p) => !byCode.has(p.code)).map((p) => p.code);
	if (unknown.length)
		throw new Error(`demo 2018 round names units not in force in 2018: ${unknown.join(', ')}`);
	const national = [dg, od].flatMap((fw) =>
		allQuestions(fw)
			.filter((q) => q.scope === 'national')
			.map((q) => `${fw.id}:${q.code}`)
	);
	const answered = new Set(nationalAnswers2018.map((n) => `${n.framework}:${n.code}`));
	if (national.some((key) => !answered.has(key)) || answered.size !== national.length)
		throw new Error('demo 2018 national answers out of step with the frameworks');

	const rng = new Rng('sansang-demo-2018:round');
	const clock = new DemoClock(rng, ROUND_2018.createdOn, 9, ROUND_2018.lastDay);
	const roundId = await createRound(
		db,
		committee,
		{
			nameVi: ROUND_2018.nameVi,
			nameEn: ROUND_2018.nameEn,
			year: ROUND_2018.year,
			mode: 'interview_only',
			blind: true,
			frameworkIds: [dg.id, od.id],
			organisationIds: plans2018.map((p) => byCode.get(p.code)!.id),
			selfDeadline: null,
			reviewDeadline: ROUND_2018.reviewDeadline
		},
		clock.now
	);
	clock.after(1, 2);
	for (const plan of plans2018)
		await setAssessors(
			db,
			committee,
			roundId,
			byCode.get(plan.code)!.id,
			plan.assessors.map((k) => assessors[k].id),
			clock.tick()
		);
	await changeRoundStatus(db, committee, roundId, 'open', clock.notBefore(ROUND_2018.openedOn));

	const assessmentIds = new Map(
		db
			.select({
				id: assessments.id,
				organisationId: assessments.organisationId,
				frameworkId: assessments.frameworkId
			})
			.from(assessments)
			.where(eq(assessments.roundId, roundId))
			.all()
			.map((a) => [`${a.organisationId}:${a.frameworkId}`, a.id])
	);

	const nationalOd = new Map<string, string>();
	for (const n of nationalAnswers2018) {
		await saveNationalAnswer(
			db,
			assessors[n.by],
			roundId,
			n.framework,
			{ questionCode: n.code, rating: n.rating, comment: n.comment, baseVersion: 0 },
			vietnamInstant(n.day, 9, rng.int(0, 50))
		);
		if (n.framework === od.id) nationalOd.set(n.code, n.rating);
	}

	const round: Round2018 = { db, roundId, assessors, dg, od, nationalOd, assessmentIds };
	for (const plan of plans2018) {
		try {
			await new InterviewOnlySeeder(round, plan, byCode.get(plan.code)!).run();
		} catch (e) {
			throw new Error(`demo: seeding ${plan.code} (2018) failed: ${(e as Error).message}`, { cause: e });
		}
	}

	// January 2019: calibration across the round, then the round is closed; published after Tết.
	const committeeClock = new DemoClock(rng, ROUND_2018.calibrationFrom, 9, ROUND_2018.lastDay);
	for (const plan of plans2018.filter((p) => p.committeeEdits))
		for (const fw of [dg, od])
			await calibrate(
				db,
				committee,
				fw,
				assessmentIds.get(`${byCode.get(plan.code)!.id}:${fw.id}`)!,
				rng,
				committeeClock
			);
	await changeRoundStatus(db, committee, roundId, 'close', committeeClock.notBefore(ROUND_2018.closedOn));
	committeeClock.notBefore(ROUND_2018.publishedFrom);
	for (const plan of plans2018)
		for (const fw of [dg, od])
			await transitionAssessment(
				db,
				committee,
				assessmentIds.get(`${byCode.get(plan.code)!.id}:${fw.id}`)!,
				'publish',
				null,
				{ at: committeeClock.soon() }
			);
	await changeRoundStatus(db, committee, roundId, 'publish', committeeClock.after(1, 2));
}

/** One or two carried-over final ratings moved one step, towards the middle of the scale. */
async function calibrate(
	db: Db,
	committee: AuthedUser,
	fw: Framework,
	assessmentId: number,
	rng: Rng,
	clock: DemoClock
) {
	const scale: readonly string[] = fw.kind === 'dg' ? ['1', '2', '3', '4'] : odColours;
	const finals = answersOf(db, assessmentId, ['final']).filter((a) => scale.includes(a.rating ?? ''));
	const changes = rng.sample(finals, rng.int(1, 2)).map((a) => {
		const i = scale.indexOf(a.rating!);
		const next = i === 0 ? 1 : i === scale.length - 1 ? i - 1 : rng.chance(0.5) ? i + 1 : i - 1;
		return {
			questionCode: a.questionCode,
			source: 'final' as const,
			rating: scale[next],
			naReason: null,
			comment: rng.pick(committeeNotes),
			baseVersion: a.version
		};
	});
	const outcomes = await saveAnswers(db, committee, assessmentId, changes, clock.after(0, 1));
	if (outcomes.some((o) => o.status !== 'saved'))
		throw new Error(`demo: calibration of assessment ${assessmentId} not saved`);
}

/** One unit's assessments in the interview-only round: interview, ratings, dimensions, validation. */
class InterviewOnlySeeder {
	private readonly rng: Rng;
	private readonly clock: DemoClock;
	private readonly rater: AuthedUser;
	/** Records the interview and assesses the dimensions: the team's Vietnamese speaker when there is one. */
	private readonly writer: AuthedUser;
	private readonly team: AuthedUser[];
	private readonly profile: OrganisationProfile;
	private readonly tracks: Track[];

	constructor(
		private readonly r: Round2018,
		private readonly plan: Plan2018,
		private readonly org: OrganisationView
	) {
		this.rng = new Rng(`sansang-demo-2018:${plan.code}`);
		this.clock = new DemoClock(
			this.rng,
			addDays(ROUND_2018.fieldworkFrom, this.rng.int(0, 18)),
			8,
			ROUND_2018.fieldworkUntil
		);
		this.team = plan.assessors.map((k) => r.assessors[k]);
		this.rater = this.team[0];
		this.writer = this.team.find((u) => u.locale === 'vi') ?? this.team[0];
		this.profile = {
			code: plan.code,
			kind: org.kind,
			region: org.region,
			dgBase: plan.dgBase,
			odBase: plan.odBase,
			unknownDimension: plan.unknownDimension
		};
		const raterLocale = this.rater.locale === 'en' ? 'en' : 'vi';
		const track = (fw: Framework, planned: PlannedAnswer[]): Track => ({
			fw,
			assessmentId: r.assessmentIds.get(`${org.id}:${fw.id}`)!,
			ratings: planned.map((a) => ({
				...a,
				// No self-rating to compare with: only the team's own remarks, now and then.
				comment:
					a.rating !== 'na' && this.rng.chance(0.15) ? this.rng.pick(assessorNotes2018[raterLocale]) : null
			}))
		});
		this.tracks = [
			track(r.dg, planDgRatings(r.dg, this.profile, this.rng, raterLocale).assessor),
			track(r.od, planOdRatings(r.od, this.profile, this.rng, raterLocale).assessor)
		];
	}

	private get locale(): 'vi' | 'en' {
		return this.writer.locale === 'en' ? 'en' : 'vi';
	}

	async run(): Promise<void> {
		for (const t of this.tracks) await this.transition(t, 'start_interview_review', this.clock.after(0, 1));
		await this.interview();
		for (const t of this.tracks) {
			const half = Math.ceil(t.ratings.length / 2);
			await this.save(t, t.ratings.slice(0, half), this.clock.after(1, 3));
			await this.save(t, t.ratings.slice(half), this.clock.after(1, 3));
		}
		await this.assessDimensions(this.tracks[1]);
		for (const t of this.tracks) await this.transition(t, 'validate', this.clock.after(1, 3));
	}

	private async interview() {
		const scope = this.org.region === null ? 'central' : 'province';
		const lines = this.rng.sample(interviewLines2018[scope], this.rng.int(3, 4));
		const at = this.clock.after(2, 6);
		const id = await saveInterview(
			this.r.db,
			this.writer,
			this.r.roundId,
			null,
			{
				date: this.clock.day,
				stakeholderCategory: 'whole_of_government',
				intervieweeRoles: interviewRoles2018[scope][this.locale],
				affiliation: scope === 'central' ? this.org.nameVi : `UBND ${ofName(this.org.nameVi, this.org.kind)}`,
				organisationIds: [this.org.id],
				teamMemberIds: this.team.map((u) => u.id),
				sections: ['DG-1', 'DG-2', 'DG-3', 'DG-5', 'DG-6', 'OD-1', 'OD-3', 'OD-4'],
				notes: lines.map((l) => l[this.locale]).join('\n'),
				baseVersion: 0
			},
			at
		);
		await citeInterview(
			this.r.db,
			this.writer,
			{
				roundId: this.r.roundId,
				organisationId: this.org.id,
				interviewId: id,
				polarity: 'o',
				description: null,
				links: this.links(interviewCitations2018)
			},
			this.clock.soon()
		);
	}

	/** All eight dimensions, judged from the ratings; at most one override per assessment. */
	private async assessDimensions(t: Track) {
		const ratings = new Map([...this.r.nationalOd, ...t.ratings.map((a) => [a.code, a.rating] as const)]);
		let overridden = false;
		this.clock.after(1, 2);
		for (const dimension of this.r.od.sections) {
			const d = planDimension(this.r.od, dimension, ratings, this.profile, this.rng, {
				override: !overridden && this.rng.chance(0.1),
				locale: this.locale
			});
			const outcome = await saveDimensionAssessment(
				this.r.db,
				this.writer,
				t.assessmentId,
				{
					dimensionCode: d.dimensionCode,
					source: 'assessor',
					coreIssues: d.coreIssues,
					redTriggers: d.redTriggers,
					colour: d.colour,
					justification: d.justification,
					baseVersion: 0
				},
				this.clock.tick()
			);
			if (outcome.status !== 'saved') throw new Error(`dimension ${d.dimensionCode} not saved`);
			if (outcome.values.override) overridden = true;
		}
	}

	/** The unit's questions among `codes` (national ones and those not asked of its kind dropped). */
	private links(codes: string[]): QuestionRef[] {
		return codes.flatMap((code) => {
			const t = this.tracks.find((t) => code.startsWith(`${t.fw.kind.toUpperCase()}-`));
			const q = t && findQuestion(t.fw, code);
			return t && q && q.scope === 'organisation' && appliesToKind(q, this.org.kind)
				? [{ assessmentId: t.assessmentId, questionCode: code }]
				: [];
		});
	}

	private async save(t: Track, answers: PlannedAnswer[], at: Date) {
		if (!answers.length) return;
		const outcomes = await saveAnswers(
			this.r.db,
			this.rater,
			t.assessmentId,
			answers.map((a) => ({
				questionCode: a.code,
				source: 'assessor' as const,
				rating: a.rating,
				naReason: a.naReason,
				comment: a.comment,
				baseVersion: 0
			})),
			at
		);
		const refused = outcomes.find((o) => o.status !== 'saved');
		if (refused) throw new Error(`save of ${refused.questionCode} refused: ${refused.status}`);
	}

	private async transition(t: Track, name: string, at: Date) {
		await transitionAssessment(this.r.db, this.rater, t.assessmentId, name, null, { at });
	}
}
