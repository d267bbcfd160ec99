/**
 * The ODRA dataset fact sheet: what the assessment asks about one key dataset, and the release
 * feasibility on policy, technical and institutional grounds.
 */
export const feasibilityLevels = ['high', 'medium', 'low'] as const;
export type Feasibility = (typeof feasibilityLevels)[number];

/** The fields of a fact sheet (ODRA's per-dataset questions), in display order. */
export const factSheetFields = [
	'owner',
	'manager',
	'description',
	'digitalForm',
	'formats',
	'granularity',
	'updateFrequency',
	'historyDepth',
	'accessTerms',
	'cost',
	'restrictions',
	'governingLaw',
	'benefits',
	'risks'
] as const;
export type FactSheetField = (typeof factSheetFields)[number];

export const releasePriorities = ['quick_win', 'medium_term', 'longer_term'] as const;
export type ReleasePriority = (typeof releasePriorities)[number];

/**
 * Recommended release priority from the three feasibility ratings (ODRA v2 key-dataset template): all high
 * → quick win; any low → longer term; otherwise medium term.
 */
export function releasePriority(policy: Feasibility, technical: Feasibility, institutional: Feasibility): ReleasePriority {
	const all = [policy, technical, institutional];
	if (all.every((f) => f === 'high')) return 'quick_win';
	if (all.some((f) => f === 'low')) return 'longer_term';
	return 'medium_term';
}
