/**
 * Changing the register of organisations: add, rename (a dated name and kind), close, merge. A merger
 * creates a new unit from a date; the merged units close the day before and become its predecessors, so
 * earlier rounds keep the units they were run with.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { organisationLinks, organisationNames, organisations } from '../db/schema';
import { writeAudit, type DbOrTx } from '../audit';
import type {
	CreateOrganisationInput,
	MergeOrganisationsInput,
	RenameOrganisationInput
} from '$lib/domain/validation/organisations';
import { slugify } from '$lib/domain/text';
import { DomainError } from './errors';

/** The calendar day before `day` (`YYYY-MM-DD`). */
export function dayBefore(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

function uniqueCode(tx: DbOrTx, base: string, from: string): string {
	const taken = (code: string) =>
		!!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code)).get();
	let code = base || 'don-vi';
	if (!taken(code)) return code;
	code = `${base}-${from.slice(0, 4)}`;
	for (let i = 2; taken(code); i++) code = `${base}-${from.slice(0, 4)}-${i}`;
	return code;
}

function insertOrganisation(
	tx: DbOrTx,
	actorId: number | null,
	input: { nameVi: string; nameEn: string | null; kind: string; region: string | null; parentId?: number | null; validFrom: string }
): number {
	const code = uniqueCode(tx, slugify(input.nameVi), input.validFrom);
	const org = tx
		.insert(organisations)
		.values({ code, region: input.region, parentId: input.parentId ?? null, validFrom: input.validFrom })
		.returning()
		.get();
	tx.insert(organisationNames)
		.values({
			organisationId: org.id,
			validFrom: input.validFrom,
			validTo: null,
			nameVi: input.nameVi,
			nameEn: input.nameEn,
			kind: input.kind
		})
		.run();
	writeAudit(tx, {
		userId: actorId,
		entity: 'organisation',
		entityId: org.id,
		action: 'create',
		organisationId: org.id,
		after: { code, ...input }
	});
	return org.id;
}

export async function createOrganisation(db: Db, actorId: number, input: CreateOrganisationInput): Promise<number> {
	if (input.parentId !== null) {
		const parent = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.parentId)).get();
		if (!parent) throw new DomainError('error_organisation_unknown', 'parentId');
	}
	return db.transaction((tx) => insertOrganisation(tx, actorId, input));
}

export async function renameOrganisation(db: Db, actorId: number, id: number, input: RenameOrganisationInput): Promise<void> {
	db.transaction((tx) => {
		const org = tx.select().from(organisations).where(eq(organisations.id, id)).get();
		if (!org) throw new DomainError('error_404', '_form', 404);
		const current = tx
			.select()
			.from(organisationNames)
			.where(and(eq(organisationNames.organisationId, id), isNull(organisationNames.validTo)))
			.get();
		const latest =
			current ??
			tx
				.select()
				.from(organisationNames)
				.where(eq(organisationNames.organisationId, id))
				.all()
				.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
		if (!latest || input.from <= latest.validFrom || (org.validTo !== null && input.from > org.validTo))
			throw new DomainError('error_rename_date', 'from');
		tx.update(organisationNames).set({ validTo: dayBefore(input.from) }).where(eq(organisationNames.id, latest.id)).run();
		tx.insert(organisationNames)
			.values({
				organisationId: id,
				validFrom: input.from,
				validTo: org.validTo,
				nameVi: input.nameVi,
				nameEn: input.nameEn,
				kind: input.kind
			})
			.run();
		writeAudit(tx, {
			userId: actorId,
			entity: 'organisation',
			entityId: id,
			action: 'rename',
			organisationId: id,
			before: { nameVi: latest.nameVi, nameEn: latest.nameEn, kind: latest.kind },
			after: input
		});
	});
}

function closeInTx(tx: DbOrTx, actorId: number, id: number, lastDay: string) {
	const org = tx.select().from(organisations).where(eq(organisations.id, id)).get();
	if (!org) throw new DomainError('error_404', '_form', 404);
	if (org.validTo !== null) throw new DomainError('error_already_closed', 'lastDay');
	if (lastDay < org.validFrom) throw new DomainError('error_date_order', 'lastDay');
	tx.update(organisations).set({ validTo: lastDay }).where(eq(organisations.id, id)).run();
	tx.update(organisationNames)
		.set({ validTo: lastDay })
		.where(and(eq(organisationNames.organisationId, id), isNull(organisationNames.validTo)))
		.run();
	writeAudit(tx, {
		userId: actorId,
		entity: 'organisation',
		entityId: id,
		action: 'close',
		organisationId: id,
		before: { validTo: null },
		after: { validTo: lastDay }
	});
}

export async function closeOrganisation(db: Db, actorId: number, id: number, lastDay: string): Promise<void> {
	db.transaction((tx) => closeInTx(tx, actorId, id, lastDay));
}

export async function mergeOrganisations(db: Db, actorId: number, input: MergeOrganisationsInput): Promise<number> {
	const ids = [...new Set(input.organisationIds)];
	if (ids.length < 2) throw new DomainError('error_merge_needs_two', 'organisationIds');
	return db.transaction((tx) => {
		const lastDay = dayBefore(input.from);
		for (const id of ids) {
			const org = tx.select().from(organisations).where(eq(organisations.id, id)).get();
			if (!org || org.validTo !== null || org.validFrom > lastDay)
				throw new DomainError('error_merge_needs_two', 'organisationIds');
		}
		for (const id of ids) closeInTx(tx, actorId, id, lastDay);
		const newId = insertOrganisation(tx, actorId, {
			nameVi: input.nameVi,
			nameEn: input.nameEn,
			kind: input.kind,
			region: input.region,
			validFrom: input.from
		});
		for (const id of ids) {
			tx.insert(organisationLinks)
				.values({ predecessorId: id, successorId: newId, kind: 'merged', effectiveDate: input.from })
				.run();
		}
		writeAudit(tx, {
			userId: actorId,
			entity: 'organisation',
			entityId: newId,
			action: 'merge',
			organisationId: newId,
			after: { predecessors: ids, from: input.from }
		});
		return newId;
	});
}
