/** Options for select boxes shared by several forms. */
import type { Db } from '../db';
import { listOrganisations } from '../repositories/organisations';
import { vietnamDay, type Locale } from '$lib/domain/text';

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
