/** Seeds the register of organisations from ORGANISATIONS.md (public facts; real, not demo data). */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisationLinks, organisationNames, organisations } from '../db/schema';
import { seedOrganisationList } from './organisation-data';

export function seedOrganisations(db: Db): number {
	return db.transaction((tx) => {
		const ids = new Map<string, number>();
		for (const org of seedOrganisationList) {
			const row = tx
				.insert(organisations)
				.values({ code: org.code, region: org.region, validFrom: org.from, validTo: org.to ?? null })
				.returning({ id: organisations.id })
				.get();
			ids.set(org.code, row.id);
			for (const name of org.names) {
				tx.insert(organisationNames)
					.values({
						organisationId: row.id,
						validFrom: name.from,
						validTo: name.to ?? null,
						nameVi: name.vi,
						nameEn: name.en,
						kind: name.kind
					})
					.run();
			}
		}
		for (const org of seedOrganisationList) {
			for (const p of org.predecessors ?? []) {
				const predecessorId = ids.get(p.code);
				if (predecessorId === undefined) throw new Error(`unknown predecessor ${p.code} of ${org.code}`);
				tx.insert(organisationLinks)
					.values({ predecessorId, successorId: ids.get(org.code)!, kind: p.kind, effectiveDate: org.from })
					.run();
			}
		}
		return ids.size;
	});
}

export function organisationIdByCode(db: Db, code: string): number {
	const row = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code)).get();
	if (!row) throw new Error(`unknown organisation ${code}`);
	return row.id;
}
