/**
 * One organisation's work in the demo round, through the services as people would do it: respondents
 * answer in sittings and attach evidence, the lead submits, the assessors review (sometimes returning the
 * work once), run interviews and the information checklist, assess the OD dimensions and validate; the
 * committee adjusts a few final ratings and publishes. Each step carries a plausible instant in office hours.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { dimensionAssessments, evidence } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { answersOf } from '../repositories/assessments';
import type { OrganisationView } from '../repositories/organisations';
import { saveAnswers } from '../services/answers';
import { addComment } from '../services/comments';
import { saveDimensionAssessment } from '../services/dimensions';
import { addDocument, addLink, citeInterview, linkEvidence, type QuestionRef } from '../services/evidence';
import { saveFactSheet } from '../services/fact-sheets';
import { informationRequestsOf, updateInformationRequest } from '../services/information-requests';
import { transitionAssessment } from '../services/workflow';
import type { AssessmentStatus } from '$lib/domain/access';
import type { FactSheetInput } from '$lib/domain/validation/fact-sheets';
import type { DgFramework, Framework, OdFramework } from '$lib/domain/frameworks/schema';
import { appliesToKind, findQuestion } from '$lib/domain/frameworks/model';
import { suggestDimensionColour } from '$lib/domain/scoring/engine';
import { odColours, type CoreIssueStatus } from '$lib/domain/scoring/ratings';
import { addDays, DemoClock, Rng } from './demo-random';
import { reached, type AssessorKey, type OrganisationPlan } from './demo-round-plan';
import { planDgRatings, planDimension, planOdRatings, type PlannedAnswer, type PlannedRatings } from './demo-ratings';
import { assessorLinks, factSheetTemplates, ofName, requestNotes, respondentDocuments, respondentLinks, type DocumentTemplate } from './demo-evidence-texts';
import { interviewPlans } from './demo-interviews';
import { committeeNotes, committeeOverride, replies, returnNotes, reviewRemarks, workingComments } from './demo-round-texts';
import { demoPdf, demoPng } from './demo-files';

export interface RoundSeeding {
	db: Db;
	roundId: number;
	committee: AuthedUser;
	assessors: Record<AssessorKey, AuthedUser>;
	respondents: Map<string, AuthedUser>;
	dg: DgFramework;
	od: OdFramework;
	/** OD national answers (code → rating), read by the core issues they inform. */
	nationalOd: Map<string, string>;
	interviewIds: Map<string, number>;
	assessmentIds: Map<string, number>;
}

interface Track {
	fw: Framework;
	stage: AssessmentStatus;
	assessmentId: number;
	planned: PlannedRatings;
	/** Assessor ratings saved so far (code → rating). */
	rated: Map<string, string>;
	/** Share of the questions the assessor rates before the plan stops. */
	assessorShare: number;
}

/** Vietnamese conversation topics while respondents fill the DG questionnaire, one question each. */
const conversationQuestions = ['DG-2.2', 'DG-7.2', 'DG-1.2', 'DG-6.2'];

export class OrganisationSeeder {
	private readonly rng: Rng;
	private readonly clock: DemoClock;
	private readonly lead: AuthedUser;
	private readonly member: AuthedUser;
	/** Rates the questions and moves the workflow. */
	private readonly rater: AuthedUser;
	/** Writes comments, return notes and dimension assessments: the team's Vietnamese speaker when there is one. */
	private readonly writer: AuthedUser;
	private readonly tracks: Track[];
	private readonly documents: { id: number; template: DocumentTemplate }[] = [];

	constructor(
		private readonly s: RoundSeeding,
		private readonly plan: OrganisationPlan,
		private readonly org: OrganisationView
	) {
		this.rng = new Rng(`sansang-demo-2026:${plan.code}`);
		this.clock = new DemoClock(this.rng, addDays('2026-09-08', this.rng.int(0, 5)), 8);
		const lead = s.respondents.get(`${plan.slug}.lanhdao@sansang.example`);
		if (!lead) throw new Error(`no demo lead for ${plan.code}`);
		this.lead = lead;
		this.member = s.respondents.get(`${plan.slug}@sansang.example`) ?? lead;
		const team = plan.assessors.map((k) => s.assessors[k]);
		this.rater = team[0];
		this.writer = team.find((u) => u.locale === 'vi') ?? team[0];
		const profile = { code: plan.code, kind: org.kind, region: org.region, dgBase: plan.dgBase, odBase: plan.odBase };
		const locale = this.rater.locale === 'en' ? 'en' : 'vi';
		const track = (fw: Framework, stage: AssessmentStatus, planned: PlannedRatings): Track => ({
			fw,
			stage,
			assessmentId: s.assessmentIds.get(`${org.id}:${fw.id}`)!,
			planned,
			rated: new Map(),
			assessorShare: stage === 'in_review' ? 0.3 + this.rng.float() * 0.5 : stage === 'returned' ? 0.4 + this.rng.float() * 0.3 : 1
		});
		this.tracks = [
			track(s.dg, plan.dg, planDgRatings(s.dg, profile, this.rng, locale)),
			track(s.od, plan.od, planOdRatings(s.od, profile, this.rng, locale))
		];
	}

	private get locale(): 'vi' | 'en' {
		return this.writer.locale === 'en' ? 'en' : 'vi';
	}

	async run(): Promise<void> {
		const active = this.tracks.filter((t) => reached(t.stage, 'in_progress'));
		if (active.length === 0) return;
		await this.selfEvaluation(active);
		for (const t of active.filter((t) => reached(t.stage, 'submitted'))) await this.transition(this.lead, t, 'submit', null, this.clock.after(1, 2));
		const reviewed = active.filter((t) => reached(t.stage, 'in_review'));
		for (const t of reviewed) await this.transition(this.rater, t, 'start_review', null, this.clock.after(1, 3));
		for (const t of reviewed) await this.rate(t, Math.ceil((t.planned.assessor.length * t.assessorShare) / 2));
		if (this.plan.returnCycle) for (const t of reviewed.filter((t) => reached(t.stage, 'validated'))) await this.returnCycle(t);
		await this.fieldwork(active, reviewed.length > 0);
		for (const t of reviewed) await this.finishReview(t);
		for (const t of reviewed.filter((t) => reached(t.stage, 'validated'))) await this.committeeWork(t);
	}

	// ------------------------------------------------------------ respondents

	private async selfEvaluation(active: Track[]) {
		const chunks = active.map((t) => {
			const share = t.stage === 'in_progress' ? (this.plan.selfShare ?? 0.4 + this.rng.float() * 0.4) : 1;
			const answers = t.planned.self.slice(0, Math.round(t.planned.self.length * share));
			const third = Math.ceil(answers.length / 3);
			return [answers.slice(0, third), answers.slice(third, 2 * third), answers.slice(2 * third)];
		});
		for (let sitting = 0; sitting < 3; sitting++) {
			for (const [i, t] of active.entries()) {
				const batch = chunks[i][sitting];
				if (batch.length) await this.save(sitting === 1 ? this.member : this.lead, t, 'self', batch, this.clock.after(1, 2));
			}
			if (sitting === 0) await this.respondentEvidence(active);
			if (sitting === 1) await this.conversations(active);
		}
	}

	private async respondentEvidence(active: Track[]) {
		const named = this.plan.code === 'bo-tai-chinh' || this.plan.code === 'da-nang';
		const usable = respondentDocuments.filter((d) => this.links(active, d.questions).length > 0);
		const of = ofName(this.org.nameVi, this.org.kind);
		const issuer = this.org.region === null ? this.org.nameVi : `UBND ${of}`;
		for (const template of this.rng.sample(usable, named ? 4 : this.rng.int(1, 3))) {
			const title = template.title(of);
			const bytes = template.format === 'png' ? demoPng(Array.from({ length: 6 }, () => 0.2 + this.rng.float() * 0.8)) : demoPdf(title, issuer);
			const polarity = template.polarity === '+' && this.rng.chance(0.1) ? 'o' : template.polarity;
			const id = await addDocument(
				this.s.db,
				this.rng.chance(0.5) ? this.member : this.lead,
				{ ...this.scope, title, description: template.description, polarity, links: this.links(active, template.questions), file: { name: template.fileName, bytes } },
				this.clock.soon()
			);
			this.documents.push({ id, template });
		}
		for (const template of this.rng.sample(respondentLinks, named ? 2 : this.rng.int(0, 2))) {
			const links = this.links(active, template.questions);
			if (!links.length) continue;
			await addLink(this.s.db, this.member, { ...this.scope, title: template.title(of), description: template.description, polarity: template.polarity, url: template.url(this.plan.code), links }, this.clock.soon());
		}
		for (const sheet of factSheetTemplates.filter((f) => f.organisation === this.plan.code)) {
			const input: FactSheetInput = {
				title: sheet.title,
				fields: sheet.fields as FactSheetInput['fields'],
				feasibilityPolicy: sheet.feasibility[0],
				feasibilityTechnical: sheet.feasibility[1],
				feasibilityInstitutional: sheet.feasibility[2],
				baseVersion: 0
			};
			const id = await saveFactSheet(this.s.db, this.member, this.s.roundId, this.org.id, null, input, this.clock.soon());
			const evidenceId = this.s.db.select({ id: evidence.id }).from(evidence).where(eq(evidence.factSheetId, id)).get()!.id;
			const links = this.links(active, sheet.questions);
			if (links.length) await linkEvidence(this.s.db, this.member, evidenceId, links, [], this.clock.soon());
		}
	}

	private async conversations(active: Track[]) {
		if (!active.some((t) => t.fw.kind === 'dg')) return;
		const all = this.plan.code === 'bo-tai-chinh';
		if (!all && !this.rng.chance(0.3)) return;
		const picked = all ? workingComments.map((_, i) => i) : [this.rng.int(0, workingComments.length - 1)];
		const dgId = this.tracks[0].assessmentId;
		for (const i of picked) {
			for (const line of workingComments[i]) {
				const author = line.author === 'member' ? this.member : line.author === 'lead' ? this.lead : this.writer;
				await addComment(this.s.db, author, dgId, conversationQuestions[i], line.text, this.clock.soon());
			}
		}
	}

	// ------------------------------------------------------------ assessors

	private async rate(t: Track, upTo: number) {
		const batch = t.planned.assessor.slice(t.rated.size, Math.min(upTo, t.planned.assessor.length));
		if (!batch.length) return;
		await this.save(this.rater, t, 'assessor', batch, this.clock.after(1, 2));
		for (const a of batch) t.rated.set(a.code, a.rating);
	}

	/** Questions worth a remark: the assessor rated lower than the self-rating, or someone did not know. */
	private remarkable(t: Track, count: number): string[] {
		const self = new Map(t.planned.self.map((a) => [a.code, a.rating]));
		const gaps = [...t.rated.entries()]
			.filter(([code, rating]) => self.get(code) !== 'na' && (self.get(code) === 'dont_know' || rank(t, self.get(code)) > rank(t, rating)))
			.map(([code]) => code);
		const pool = gaps.length >= count ? gaps : [...t.rated.keys()].filter((code) => self.get(code) !== 'na');
		return this.rng.sample(pool, count);
	}

	private remark(t: Track, code: string): string {
		const self = t.planned.self.find((a) => a.code === code)?.rating;
		const kind = self === 'dont_know' ? 'dontKnow' : rank(t, self) > rank(t, t.rated.get(code)) ? 'lower' : 'evidence';
		return this.rng.pick(reviewRemarks[kind][this.locale]);
	}

	private async returnWork(t: Track): Promise<string[]> {
		const codes = this.remarkable(t, this.rng.int(2, 3));
		for (const code of codes) await addComment(this.s.db, this.writer, t.assessmentId, code, this.remark(t, code), this.clock.soon());
		await this.transition(this.writer, t, 'return', this.rng.pick(returnNotes[this.locale]), this.clock.after(0, 1));
		return codes;
	}

	/** Returned once, revised by the respondents (who move towards the evidence), submitted again. */
	private async returnCycle(t: Track) {
		const codes = await this.returnWork(t);
		const assessorRating = new Map(t.planned.assessor.map((a) => [a.code, a.rating]));
		const revised: PlannedAnswer[] = t.planned.self
			.filter((a) => codes.includes(a.code))
			.map((a) => {
				const target = assessorRating.get(a.code);
				const rating = target && target !== 'dont_know' && target !== 'grey' && target !== 'na' ? target : a.rating;
				return { ...a, rating, comment: this.rng.pick(replies) };
			});
		await this.save(this.lead, t, 'self', revised, this.clock.after(1, 3));
		await addComment(this.s.db, this.lead, t.assessmentId, codes[0], this.rng.pick(replies), this.clock.soon());
		await this.transition(this.lead, t, 'submit', null, this.clock.after(1, 2));
		await this.transition(this.rater, t, 'start_review', null, this.clock.after(0, 1));
	}

	/** Interviews cited, a page checked, the information checklist worked through. */
	private async fieldwork(active: Track[], reviewing: boolean) {
		for (const interview of interviewPlans) {
			const citation = interview.citations.find((c) => c.organisation === this.plan.code);
			if (!citation) continue;
			this.clock.notBefore(addDays(interview.date, 1));
			const key = interview.team.find((k): k is AssessorKey => k !== 'committee' && this.plan.assessors.includes(k as AssessorKey));
			const links = this.links(active, citation.questions);
			if (!links.length) continue;
			await citeInterview(
				this.s.db,
				key ? this.s.assessors[key] : this.rater,
				{ ...this.scope, interviewId: this.s.interviewIds.get(interview.key)!, polarity: citation.polarity, description: citation.description, links },
				this.clock.soon()
			);
		}
		if (reviewing && this.rng.chance(0.6)) {
			const template = this.rng.pick(assessorLinks);
			const links = this.links(active, template.questions);
			if (links.length) {
				const of = ofName(this.org.nameVi, this.org.kind);
				await addLink(this.s.db, this.rater, { ...this.scope, title: template.title(of), description: template.description, polarity: template.polarity, url: template.url(this.plan.code), links }, this.clock.after(0, 1));
			}
		}
		await this.informationRequests(reviewing);
	}

	private async informationRequests(advanced: boolean) {
		const byItem = new Map<string, number>();
		for (const d of this.documents) for (const item of d.template.requestItems) byItem.set(item, d.id);
		const versions = new Map(informationRequestsOf(this.s.db, this.s.roundId, this.org.id).map((r) => [r.itemCode, r.version]));
		this.clock.after(0, 1);
		for (const item of this.s.od.informationRequests) {
			const r = this.rng.float();
			let update: { status: string; note: string | null; evidenceId: number | null } | null = null;
			if (byItem.has(item.code)) update = { status: 'received', note: null, evidenceId: byItem.get(item.code)! };
			else if (r < (advanced ? 0.55 : 0.25)) update = { status: 'received', note: this.rng.chance(0.3) ? this.rng.pick(requestNotes.received) : null, evidenceId: null };
			else if (r < (advanced ? 0.72 : 0.33)) update = { status: 'missing', note: this.rng.pick(requestNotes.missing), evidenceId: null };
			else if (this.rng.chance(0.2)) update = { status: 'requested', note: this.rng.pick(requestNotes.requested), evidenceId: null };
			if (!update) continue;
			await updateInformationRequest(this.s.db, this.rater, this.s.roundId, this.org.id, item.code, { ...update, baseVersion: versions.get(item.code) ?? 1 }, this.clock.tick());
		}
	}

	private async finishReview(t: Track) {
		const ratedShare = Math.round(t.planned.assessor.length * t.assessorShare);
		if (t.stage === 'returned') {
			await this.returnWork(t);
			return;
		}
		await this.rate(t, ratedShare);
		if (t.fw.kind === 'od') await this.assessDimensions(t);
		if (t.stage === 'in_review') {
			if (this.rng.chance(0.5) && t.rated.size) {
				const [code] = this.remarkable(t, 1);
				await addComment(this.s.db, this.writer, t.assessmentId, code, this.remark(t, code), this.clock.soon());
				if (this.rng.chance(0.5)) await addComment(this.s.db, this.lead, t.assessmentId, code, this.rng.pick(replies), this.clock.after(0, 1));
			}
			return;
		}
		await this.transition(this.rater, t, 'validate', null, this.clock.after(1, 2));
	}

	/**
	 * All eight dimensions before validation; in review only the dimensions whose questions are all rated
	 * (Đà Nẵng: two, the first confirmed, the second overridden).
	 */
	private async assessDimensions(t: Track) {
		const od = this.s.od;
		const ratings = new Map([...this.s.nationalOd, ...t.rated]);
		let dimensions = od.sections;
		const override = (i: number) => (this.plan.code === 'da-nang' ? i === 1 : this.rng.chance(0.12));
		if (t.stage === 'in_review') {
			const complete = od.sections.filter((d) => d.questions.every((q) => q.scope === 'national' || !appliesToKind(q, this.org.kind) || t.rated.has(q.code)));
			dimensions = this.plan.code === 'da-nang' ? complete.slice(0, 2) : complete.slice(0, this.rng.int(0, 3));
		}
		this.clock.after(1, 2);
		for (const [i, dimension] of dimensions.entries()) {
			const d = planDimension(od, dimension, ratings, { code: this.plan.code, kind: this.org.kind, region: this.org.region, dgBase: this.plan.dgBase, odBase: this.plan.odBase }, this.rng, { override: override(i), locale: this.locale });
			const outcome = await saveDimensionAssessment(
				this.s.db,
				this.writer,
				t.assessmentId,
				{ dimensionCode: d.dimensionCode, source: 'assessor', coreIssues: d.coreIssues, redTriggers: d.redTriggers, colour: d.colour, justification: d.justification, baseVersion: 0 },
				this.clock.tick()
			);
			if (outcome.status !== 'saved') throw new Error(`demo: dimension ${d.dimensionCode} of ${this.plan.code} not saved`);
		}
	}

	// ------------------------------------------------------------ committee

	private async committeeWork(t: Track) {
		if (this.plan.committeeEdits) {
			const finals = answersOf(this.s.db, t.assessmentId, ['final']).filter((a) => rank(t, a.rating) >= 0);
			const self = new Map(t.planned.self.map((a) => [a.code, a.rating]));
			const changes = this.rng.sample(finals, this.rng.int(1, 2)).map((a) => {
				const toward = rank(t, self.get(a.questionCode));
				const current = rank(t, a.rating);
				const max = t.fw.kind === 'dg' ? 3 : 4;
				// Towards the self-rating when they differ, else one step inwards.
				const next = toward > current ? current + 1 : toward >= 0 && toward < current ? current - 1 : current === max ? current - 1 : current + 1;
				return { code: a.questionCode, rating: fromRank(t, next), naReason: null, comment: this.rng.pick(committeeNotes) };
			});
			await this.save(this.s.committee, t, 'final', changes, this.clock.after(2, 3));
			if (t.fw.kind === 'od' && this.rng.chance(0.6)) await this.committeeDimension(t);
		}
		if (t.stage === 'published') await this.transition(this.s.committee, t, 'publish', null, this.clock.after(1, 3));
	}

	private async committeeDimension(t: Track) {
		const rows = this.s.db
			.select()
			.from(dimensionAssessments)
			.where(and(eq(dimensionAssessments.assessmentId, t.assessmentId), eq(dimensionAssessments.source, 'final')))
			.all();
		const candidates = rows.filter((r) => r.colour && r.colour !== 'grey');
		if (!candidates.length) return;
		const row = this.rng.pick(candidates);
		const dimension = this.s.od.sections.find((d) => d.code === row.dimensionCode)!;
		const coreIssues = JSON.parse(row.coreIssues) as Record<string, CoreIssueStatus>;
		const redTriggers = JSON.parse(row.redTriggers) as string[];
		const suggested = suggestDimensionColour(this.s.od, dimension, coreIssues, redTriggers).colour;
		const position = odColours.indexOf(row.colour as (typeof odColours)[number]);
		const colour = odColours[position >= 3 ? position - 1 : position + 1];
		const justification = colour === suggested ? null : committeeOverride(suggested, colour, dimension.green.text.vi, dimension.code);
		await saveDimensionAssessment(this.s.db, this.s.committee, t.assessmentId, { dimensionCode: row.dimensionCode, source: 'final', coreIssues, redTriggers, colour, justification, baseVersion: row.version }, this.clock.soon());
	}

	// ------------------------------------------------------------ helpers

	private get scope() {
		return { roundId: this.s.roundId, organisationId: this.org.id };
	}

	/** The organisation's questions among `codes`, in the assessments under way. */
	private links(active: Track[], codes: string[]): QuestionRef[] {
		return codes.flatMap((code) => {
			const t = active.find((t) => code.startsWith(`${t.fw.kind.toUpperCase()}-`));
			const q = t && findQuestion(t.fw, code);
			return t && q && q.scope === 'organisation' && appliesToKind(q, this.org.kind) ? [{ assessmentId: t.assessmentId, questionCode: code }] : [];
		});
	}

	private async save(user: AuthedUser, t: Track, source: 'self' | 'assessor' | 'final', answers: PlannedAnswer[], at: Date) {
		const versions = new Map(answersOf(this.s.db, t.assessmentId, [source]).map((r) => [r.questionCode, r.version]));
		const outcomes = await saveAnswers(
			this.s.db,
			user,
			t.assessmentId,
			answers.map((a) => ({ questionCode: a.code, source, rating: a.rating, naReason: a.naReason, comment: a.comment, baseVersion: versions.get(a.code) ?? 0 })),
			at
		);
		const conflict = outcomes.find((o) => o.status === 'conflict');
		if (conflict) throw new Error(`demo: conflicting save of ${conflict.questionCode} for ${this.plan.code}`);
	}

	private async transition(user: AuthedUser, t: Track, name: string, comment: string | null, at: Date) {
		await transitionAssessment(this.s.db, user, t.assessmentId, name, comment, { at });
	}
}

/** Position of a rating on its framework's order (DG level − 1, OD colour position); −1 off the order. */
function rank(t: Track, rating: string | null | undefined): number {
	if (t.fw.kind === 'dg') return ['1', '2', '3', '4'].indexOf(rating ?? '');
	return (odColours as readonly string[]).indexOf(rating ?? '');
}

function fromRank(t: Track, position: number): string {
	return t.fw.kind === 'dg' ? String(position + 1) : odColours[position];
}
