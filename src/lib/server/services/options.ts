/** Options for select boxes shared by several forms. */
import type { Db } from '../db';
import { listOrganisations } from '../repositories/organisations';
import { usersWithRole } from '../repositories/users';
import { getFramework, listFrameworks } from '../repositories/frameworks';
import { compareNames, vietnamDay, type Locale } from '$lib/domain/text';

export type { OrganisationOption };

import type { OrganisationOption } from '$lib/domain/organisations';

/** Organisations in force today (plus `alsoInclude`, e.g. a closed unit a user still belongs to). */
export async function organisationOptions(db: Db, locale: Locale, alsoInclude: number[] = []): Promise<OrganisationOption[]> {
	const today = vietnamDay(new Date());
	const all = await listOrganisations(db, { day: today, locale, includeClosed: true });
	return all
		.filter((o) => (o.validTo === null || o.validTo >= today) && o.validFrom <= today || alsoInclude.includes(o.id))
		.map((o) => ({ id: o.id, name: o.name, kind: o.kind, closed: o.validTo !== null && o.validTo < today }));
}

/** Every organisation, closed ones flagged (a round of an earlier year may need units since merged). */
export async function allOrganisationOptions(db: Db, locale: Locale): Promise<OrganisationOption[]> {
	const today = vietnamDay(new Date());
	return (await listOrganisations(db, { day: today, locale, includeClosed: true })).map((o) => ({
		id: o.id,
		name: o.name,
		kind: o.kind,
		closed: !(o.validFrom <= today && (o.validTo === null || o.validTo >= today))
	}));
}

/** Active assessors, by name in the reader's order. */
export async function assessorOptions(db: Db, locale: Locale): Promise<{ id: number; name: string }[]> {
	return (await usersWithRole(db, 'assessor'))
		.filter((u) => !u.disabled)
		.map((u) => ({ id: u.id, name: u.name }))
		.sort((a, b) => compareNames(a.name, b.name, locale));
}

export interface FrameworkOption {
	id: string;
	kind: string;
	version: string;
	title: string;
}

/** Framework versions to pin in a round, per kind, newest version first. */
export async function frameworkOptions(db: Db, locale: Locale): Promise<FrameworkOption[]> {
	const out: FrameworkOption[] = [];
	for (const row of await listFrameworks(db)) {
		const fw = await getFramework(db, row.id);
		if (fw) out.push({ id: fw.id, kind: fw.kind, version: fw.version, title: fw.title[locale] });
	}
	return out.sort((a, b) => a.kind.localeCompare(b.kind) || b.version.localeCompare(a.version, 'en', { numeric: true }));
}
