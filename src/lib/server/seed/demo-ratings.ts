/**
 * Plausible ratings for one organisation of the demo round: an assessor's view drawn around the
 * organisation's typical level (weaker infrastructure in mountainous provinces, stronger services and
 * demand in big cities), a self-rating that is often a little more optimistic, some "don't know" and GREY,
 * the planned N/A cases with their reasons, and now and then a note.
 */
import type { DgFramework, OdDimension, OdFramework } from '$lib/domain/frameworks/schema';
import { askedQuestions } from '$lib/domain/progress';
import { suggestDimensionColour } from '$lib/domain/scoring/engine';
import type { CoreIssueStatus } from '$lib/domain/scoring/ratings';
import { odColours } from '$lib/domain/scoring/ratings';
import type { Rng } from './demo-random';
import { assessorLowerNotes, assessorNotes, notApplicableRules, overrideJustification, selfNotes } from './demo-round-texts';

export interface PlannedAnswer {
	code: string;
	rating: string;
	naReason: string | null;
	comment: string | null;
}

export interface PlannedRatings {
	self: PlannedAnswer[];
	assessor: PlannedAnswer[];
}

export interface OrganisationProfile {
	code: string;
	kind: string;
	region: string | null;
	dgBase: number;
	odBase: number;
}

export const isMountainous = (o: Pick<OrganisationProfile, 'region'>) => o.region === 'northern_midlands_mountains' || o.region === 'central_highlands';
const isCity = (o: Pick<OrganisationProfile, 'kind'>) => o.kind === 'city';
const isCentral = (o: Pick<OrganisationProfile, 'region'>) => o.region === null;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function dgPillarShift(o: OrganisationProfile, pillar: string): number {
	let shift = 0;
	if (isMountainous(o)) shift += ({ 'DG-5': -0.7, 'DG-4': -0.3, 'DG-2': -0.2 } as Record<string, number>)[pillar] ?? 0;
	if (isCity(o)) shift += ({ 'DG-5': 0.3, 'DG-2': 0.3, 'DG-6': 0.2 } as Record<string, number>)[pillar] ?? 0;
	if (isCentral(o)) shift += ({ 'DG-7': 0.2, 'DG-2': -0.2 } as Record<string, number>)[pillar] ?? 0;
	return shift;
}

function odDimensionShift(o: OrganisationProfile, dimension: string): number {
	let shift = dimension === 'OD-7' ? -0.4 : 0;
	if (isMountainous(o)) shift += ({ 'OD-5': -0.6, 'OD-6': -0.5, 'OD-7': -0.3, 'OD-4': -0.3 } as Record<string, number>)[dimension] ?? 0;
	if (isCity(o)) shift += ({ 'OD-5': 0.6, 'OD-6': 0.5 } as Record<string, number>)[dimension] ?? 0;
	if (isCentral(o)) shift += ({ 'OD-2': 0.3, 'OD-5': -0.2 } as Record<string, number>)[dimension] ?? 0;
	return shift;
}

/** A colour position 0–4 from a continuous value: mostly the plain colours, a mixed one near a boundary. */
function odPositionOf(value: number, rng: Rng): number {
	const v = clamp(value, 0, 4);
	const plain = 2 * Math.round(v / 2);
	const mixed = Math.abs(v - plain) > 0.55 ? plain + Math.sign(v - plain) : null;
	return mixed !== null && rng.chance(0.45) ? mixed : plain;
}

function note(rng: Rng, list: readonly string[] | undefined, p: number): string | null {
	return list && list.length && rng.chance(p) ? rng.pick(list) : null;
}

function assessorNote(rng: Rng, locale: 'vi' | 'en', lower: boolean): string | null {
	if (lower) return rng.chance(0.5) ? rng.pick(assessorLowerNotes[locale]) : null;
	return rng.chance(0.15) ? rng.pick(assessorNotes[locale]) : null;
}

function notApplicable(orgCode: string, code: string) {
	return notApplicableRules.find((r) => r.code === code && r.organisations.includes(orgCode));
}

export function planDgRatings(fw: DgFramework, o: OrganisationProfile, rng: Rng, assessorLocale: 'vi' | 'en'): PlannedRatings {
	const self: PlannedAnswer[] = [];
	const assessor: PlannedAnswer[] = [];
	for (const pillar of fw.sections) {
		for (const q of askedQuestions(pillar, o.kind)) {
			const na = notApplicable(o.code, q.code);
			const level = clamp(Math.round(o.dgBase + dgPillarShift(o, pillar.code) + rng.noise(1.3)), 1, 4);
			const r = rng.float();
			const selfLevel = clamp(level + (r < 0.3 ? 1 : r < 0.36 ? -1 : 0), 1, 4);
			if (na) {
				self.push({ code: q.code, rating: 'na', naReason: na.reason, comment: null });
				assessor.push(
					na.assessor === 'na'
						? { code: q.code, rating: 'na', naReason: na.reason, comment: null }
						: { code: q.code, rating: na.assessor, naReason: null, comment: na.assessorNote?.[assessorLocale] ?? null }
				);
				continue;
			}
			const selfRating = rng.chance(0.03) ? 'dont_know' : String(selfLevel);
			const assessorRating = rng.chance(0.015) ? 'dont_know' : String(level);
			self.push({ code: q.code, rating: selfRating, naReason: null, comment: note(rng, selfNotes[pillar.code], 0.15) });
			assessor.push({ code: q.code, rating: assessorRating, naReason: null, comment: assessorNote(rng, assessorLocale, selfLevel > level) });
		}
	}
	return { self, assessor };
}

export function planOdRatings(fw: OdFramework, o: OrganisationProfile, rng: Rng, assessorLocale: 'vi' | 'en'): PlannedRatings {
	const self: PlannedAnswer[] = [];
	const assessor: PlannedAnswer[] = [];
	for (const dimension of fw.sections) {
		const greyChance = (dimension.code === 'OD-5' || dimension.code === 'OD-6') && !isCity(o) ? 0.12 : 0.04;
		for (const q of askedQuestions(dimension, o.kind)) {
			const na = notApplicable(o.code, q.code);
			const position = odPositionOf(o.odBase + odDimensionShift(o, dimension.code) + rng.noise(2.4), rng);
			const r = rng.float();
			let selfPosition = clamp(position + (r < 0.28 ? 2 : r < 0.4 ? 1 : r < 0.45 ? -1 : 0), 0, 4);
			if (selfPosition % 2 === 1 && rng.chance(0.6)) selfPosition = clamp(selfPosition + 1, 0, 4);
			if (na) {
				self.push({ code: q.code, rating: 'na', naReason: na.reason, comment: null });
				assessor.push({ code: q.code, rating: 'na', naReason: na.reason, comment: null });
				continue;
			}
			const selfRating = rng.chance(0.03) ? 'grey' : odColours[selfPosition];
			const assessorRating = rng.chance(greyChance) ? 'grey' : odColours[position];
			self.push({ code: q.code, rating: selfRating, naReason: null, comment: note(rng, selfNotes[dimension.code], 0.15) });
			assessor.push({ code: q.code, rating: assessorRating, naReason: null, comment: assessorNote(rng, assessorLocale, selfPosition >= position + 2) });
		}
	}
	return { self, assessor };
}

export interface PlannedDimension {
	dimensionCode: string;
	coreIssues: Record<string, CoreIssueStatus>;
	redTriggers: string[];
	suggested: string;
	colour: string;
	justification: string | null;
}

function coreIssueStatus(positions: (number | null)[]): CoreIssueStatus {
	const known = positions.filter((p): p is number => p !== null);
	if (known.length === 0) return 'unknown';
	const mean = known.reduce((a, b) => a + b, 0) / known.length;
	return mean >= 3 ? 'met' : mean >= 1.5 ? 'partly' : 'not_met';
}

const positionOf = (rating: string | undefined): number | null => {
	const i = (odColours as readonly string[]).indexOf(rating ?? '');
	return i === -1 ? null : i;
};

/**
 * The assessor's dimension assessment: core issues judged from the linked questions' ratings (national
 * answers for national questions; mountainous provinces lag on connectivity and citizens' skills), a RED
 * trigger ticked now and then when nothing is met, the engine's suggestion confirmed, or overridden to the
 * neighbouring mixed colour with a justification citing the rubric.
 */
export function planDimension(
	fw: OdFramework,
	dimension: OdDimension,
	ratings: ReadonlyMap<string, string>,
	o: OrganisationProfile,
	rng: Rng,
	options: { override: boolean; locale: 'vi' | 'en' }
): PlannedDimension {
	const coreIssues: Record<string, CoreIssueStatus> = {};
	for (const ci of dimension.coreIssues) {
		let status = coreIssueStatus(ci.questions.map((code) => positionOf(ratings.get(code))));
		if (isMountainous(o) && (ci.code === 'OD-8.C2' || ci.code === 'OD-8.C4') && status === 'met') status = 'partly';
		coreIssues[ci.code] = status;
	}
	const redTriggers: string[] = [];
	const statuses = Object.values(coreIssues);
	if (!statuses.includes('met') && statuses.filter((s) => s === 'not_met').length >= 2 && rng.chance(0.5)) {
		redTriggers.push(rng.pick(dimension.redTriggers).code);
	}
	const suggested = suggestDimensionColour(fw, dimension, coreIssues, redTriggers).colour;
	if (!options.override || suggested === 'grey') return { dimensionCode: dimension.code, coreIssues, redTriggers, suggested, colour: suggested, justification: null };
	const positions = dimension.questions.map((q) => positionOf(ratings.get(q.code))).filter((p): p is number => p !== null);
	const mean = positions.length ? positions.reduce((a, b) => a + b, 0) / positions.length : 2;
	const colour = suggested === 'green' ? 'yellow_green' : suggested === 'red' ? 'red_yellow' : mean >= 2 ? 'yellow_green' : 'red_yellow';
	return {
		dimensionCode: dimension.code,
		coreIssues,
		redTriggers,
		suggested,
		colour,
		justification: overrideJustification(options.locale, suggested, colour, dimension.green.text[options.locale], dimension.code)
	};
}
