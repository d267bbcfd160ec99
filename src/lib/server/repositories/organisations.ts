/**
 * Organisations with their dated names and predecessor links. The whole register is small (about a hundred
 * units), so it is read whole and filtered in code.
 */
import { eq, or } from 'drizzle-orm';
import type { Db } from '../db';
import { organisationLinks, organisationNames, organisations } from '../db/schema';
import { coversDay, displayName, nameOn, type DatedName } from '$lib/domain/organisations';
import { compareNames, type Locale } from '$lib/domain/text';

export interface OrganisationView {
	id: number;
	code: string;
	region: string | null;
	parentId: number | null;
	validFrom: string;
	validTo: string | null;
	/** Name and kind in force on the day asked for. */
	name: string;
	nameVi: string;
	nameEn: string | null;
	kind: string;
}

type NameRow = typeof organisationNames.$inferSelect;

function view(org: typeof organisations.$inferSelect, names: NameRow[], day: string, locale: Locale): OrganisationView {
	const name = nameOn(names as DatedName[], day) as NameRow;
	return {
		id: org.id,
		code: org.code,
		region: org.region,
		parentId: org.parentId,
		validFrom: org.validFrom,
		validTo: org.validTo,
		name: displayName(name, locale),
		nameVi: name.nameVi,
		nameEn: name.nameEn,
		kind: name.kind
	};
}

function namesByOrganisation(db: Db): Map<number, NameRow[]> {
	const map = new Map<number, NameRow[]>();
	for (const row of db.select().from(organisationNames).all()) {
		const list = map.get(row.organisationId) ?? [];
		list.push(row);
		map.set(row.organisationId, list);
	}
	return map;
}

export interface ListOptions {
	/** Day whose names and validity apply, `YYYY-MM-DD`. */
	day: string;
	locale: Locale;
	/** Include units not in force on `day`. */
	includeClosed?: boolean;
	ids?: readonly number[];
}

/** Organisations sorted by name with a Vietnamese collator (Đà Nẵng between Cần Thơ and Gia Lai). */
export async function listOrganisations(db: Db, options: ListOptions): Promise<OrganisationView[]> {
	const names = namesByOrganisation(db);
	const idSet = options.ids ? new Set(options.ids) : null;
	const rows = db
		.select()
		.from(organisations)
		.all()
		.filter((o) => (!idSet || idSet.has(o.id)) && (options.includeClosed || coversDay(o, options.day)))
		.map((o) => view(o, names.get(o.id) ?? [], options.day, options.locale));
	return rows.sort((a, b) => compareNames(a.name, b.name, options.locale));
}

export async function getOrganisation(db: Db, id: number, day: string, locale: Locale): Promise<OrganisationView | null> {
	const org = db.select().from(organisations).where(eq(organisations.id, id)).get();
	if (!org) return null;
	const names = db.select().from(organisationNames).where(eq(organisationNames.organisationId, id)).all();
	return view(org, names, day, locale);
}

export async function getOrganisationNames(db: Db, id: number): Promise<NameRow[]> {
	return db
		.select()
		.from(organisationNames)
		.where(eq(organisationNames.organisationId, id))
		.all()
		.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

export interface OrganisationLinkView {
	organisation: OrganisationView;
	kind: string;
	effectiveDate: string;
}

export async function getOrganisationLinks(
	db: Db,
	id: number,
	locale: Locale
): Promise<{ predecessors: OrganisationLinkView[]; successors: OrganisationLinkView[] }> {
	const links = db
		.select()
		.from(organisationLinks)
		.where(or(eq(organisationLinks.predecessorId, id), eq(organisationLinks.successorId, id)))
		.all();
	const otherIds = links.map((l) => (l.predecessorId === id ? l.successorId : l.predecessorId));
	const others = new Map(
		(await listOrganisations(db, { day: '9999-12-31', locale, includeClosed: true, ids: otherIds })).map((o) => [o.id, o])
	);
	const out = { predecessors: [] as OrganisationLinkView[], successors: [] as OrganisationLinkView[] };
	for (const l of links) {
		if (l.successorId === id) {
			const o = others.get(l.predecessorId);
			if (o) out.predecessors.push({ organisation: o, kind: l.kind, effectiveDate: l.effectiveDate });
		} else {
			const o = others.get(l.successorId);
			if (o) out.successors.push({ organisation: o, kind: l.kind, effectiveDate: l.effectiveDate });
		}
	}
	const byName = (a: OrganisationLinkView, b: OrganisationLinkView) =>
		compareNames(a.organisation.name, b.organisation.name, locale);
	out.predecessors.sort(byName);
	out.successors.sort(byName);
	return out;
}

/** Every predecessor link (for trends across mergers). */
export async function allOrganisationLinks(db: Db) {
	return db.select().from(organisationLinks).all();
}

export async function organisationCodeExists(db: Db, code: string): Promise<boolean> {
	return !!db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code)).get();
}
