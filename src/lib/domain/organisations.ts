/**
 * Organisations change over time: names and kinds are dated, units close and are replaced. These helpers
 * pick what was true on a given day.
 */
import type { OrgKind } from './frameworks/vocabulary';
import { compareNames, type Locale } from './text';

export { orgKinds } from './frameworks/vocabulary';
export type { OrgKind };

export const regionCodes = [
	'northern_midlands_mountains',
	'red_river_delta',
	'north_central_coast',
	'central_highlands',
	'southeast',
	'mekong_delta'
] as const;
export type RegionCode = (typeof regionCodes)[number];

export const centralKinds: readonly OrgKind[] = ['ministry', 'ministerial_agency', 'government_agency'];
export const provincialKinds: readonly OrgKind[] = ['province', 'city'];

export interface DatedName {
	validFrom: string;
	validTo: string | null;
	nameVi: string;
	nameEn: string | null;
	kind: string;
}

/** Whether a dated record (`validFrom`..`validTo`, inclusive days) covers `day`. */
export function coversDay(record: { validFrom: string; validTo: string | null }, day: string): boolean {
	return record.validFrom <= day && (record.validTo === null || day <= record.validTo);
}

/**
 * The name in force on `day`; if none covers the day (e.g. a closed unit viewed today), the latest name
 * before it, else the earliest one.
 */
export function nameOn<T extends DatedName>(names: readonly T[], day: string): T {
	if (names.length === 0) throw new Error('organisation has no names');
	const sorted = [...names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
	const covering = sorted.find((n) => coversDay(n, day));
	if (covering) return covering;
	const before = sorted.filter((n) => n.validFrom <= day);
	return before.length > 0 ? before[before.length - 1] : sorted[0];
}

/** The display name in a language: the English name where one exists, else the Vietnamese one. */
export function displayName(name: Pick<DatedName, 'nameVi' | 'nameEn'>, locale: Locale): string {
	return locale === 'en' && name.nameEn ? name.nameEn : name.nameVi;
}

export function sortOrganisations<T extends { name: string }>(items: readonly T[], locale: Locale): T[] {
	return [...items].sort((a, b) => compareNames(a.name, b.name, locale));
}

/** An organisation as a choice in a form. */
export interface OrganisationOption {
	id: number;
	name: string;
	kind: string;
	closed: boolean;
}
