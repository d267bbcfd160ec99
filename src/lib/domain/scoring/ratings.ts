/**
 * Rating values and their orders. DG levels are numbers 1–4; OD colours sit on the order
 * red < red_yellow < yellow < yellow_green < green. GREY, "don't know" and N/A are off both orders: they
 * are never coerced to a position, a zero or a RED.
 */
import {
	dgRatings,
	odColours,
	odRatings,
	type DgRating,
	type OdColour,
	type OdRating
} from '../frameworks/vocabulary';

export { dgRatings, odRatings, odColours };
export type { DgRating, OdRating, OdColour };

export const sources = ['self', 'assessor', 'final'] as const;
export type Source = (typeof sources)[number];
export const dimensionSources = ['assessor', 'final'] as const;
export type DimensionSource = (typeof dimensionSources)[number];

export const coreIssueStatuses = ['met', 'partly', 'not_met', 'unknown', 'na'] as const;
export type CoreIssueStatus = (typeof coreIssueStatuses)[number];

export function isDgRating(value: unknown): value is DgRating {
	return typeof value === 'string' && (dgRatings as readonly string[]).includes(value);
}
export function isOdRating(value: unknown): value is OdRating {
	return typeof value === 'string' && (odRatings as readonly string[]).includes(value);
}

/** The level 1–4 of a DG rating, or null for N/A, don't know or no answer. */
export function dgLevelOf(rating: string | null | undefined): number | null {
	if (rating === '1' || rating === '2' || rating === '3' || rating === '4') return Number(rating);
	return null;
}

/** Position 0–4 of an OD colour on red < red_yellow < yellow < yellow_green < green; null off the order. */
export function odPosition(rating: string | null | undefined): number | null {
	const i = (odColours as readonly string[]).indexOf(rating ?? '');
	return i === -1 ? null : i;
}

/** A rating that says "we cannot rate this" (GREY, don't know) rather than a level or colour. */
export function isInformationMissing(rating: string | null | undefined): boolean {
	return rating === 'grey' || rating === 'dont_know';
}

export function isNotApplicable(rating: string | null | undefined): boolean {
	return rating === 'na';
}
