import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { dbWithOrganisations, makeUser } from '../testing/factories';
import { auditEvents, organisations } from '../db/schema';
import { closeOrganisation, createOrganisation, dayBefore, mergeOrganisations, renameOrganisation } from './organisations';
import { getOrganisationLinks, listOrganisations } from '../repositories/organisations';
import { organisationIdByCode } from '../seed/organisations';
import { DomainError } from './errors';

describe('changing the register', () => {
	it('adds an organisation with an NFC name and audits it', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const id = await createOrganisation(db, admin.id, {
			nameVi: 'Ủy ban Quản lý vốn nhà nước',
			nameEn: 'Commission for State Capital Management',
			kind: 'government_agency',
			region: null,
			parentId: null,
			validFrom: '2026-01-01'
		});
		const audit = db.select().from(auditEvents).where(eq(auditEvents.entityId, String(id))).all();
		expect(audit.map((a) => a.action)).toEqual(['create']);
		const [org] = await listOrganisations(db, { day: '2026-06-01', locale: 'vi', ids: [id] });
		expect(org.code).toBe('uy-ban-quan-ly-von-nha-nuoc');
	});

	it('renames from a date: the old name stays for earlier days', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const id = organisationIdByCode(db, 'ha-tinh');
		await renameOrganisation(db, admin.id, id, { nameVi: 'Hà Tĩnh mới', nameEn: 'New Ha Tinh', kind: 'city', from: '2027-01-01' });
		const [before] = await listOrganisations(db, { day: '2026-12-31', locale: 'vi', ids: [id] });
		const [after] = await listOrganisations(db, { day: '2027-01-01', locale: 'vi', ids: [id] });
		expect([before.name, before.kind]).toEqual(['Hà Tĩnh', 'province']);
		expect([after.name, after.kind]).toEqual(['Hà Tĩnh mới', 'city']);
	});

	it('refuses a rename dated before the current name began, changing nothing', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const id = organisationIdByCode(db, 'ha-tinh');
		await expect(
			renameOrganisation(db, admin.id, id, { nameVi: 'X', nameEn: null, kind: 'province', from: '2020-01-01' })
		).rejects.toThrow(DomainError);
		const [org] = await listOrganisations(db, { day: '2026-11-22', locale: 'vi', ids: [id] });
		expect(org.name).toBe('Hà Tĩnh');
	});

	it('merges units: predecessors close the day before, the new unit links to them', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const a = organisationIdByCode(db, 'lai-chau');
		const b = organisationIdByCode(db, 'dien-bien');
		const id = await mergeOrganisations(db, admin.id, {
			organisationIds: [a, b],
			nameVi: 'Lai Châu – Điện Biên',
			nameEn: null,
			kind: 'province',
			region: 'northern_midlands_mountains',
			from: '2027-01-01'
		});
		const closed = db.select().from(organisations).where(eq(organisations.id, a)).get();
		expect(closed?.validTo).toBe('2026-12-31');
		const links = await getOrganisationLinks(db, id, 'vi');
		expect(links.predecessors.map((l) => l.organisation.id).sort()).toEqual([a, b].sort());
	});

	it('a merger with a closed unit is refused whole: nothing closes, nothing is created', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const open = organisationIdByCode(db, 'son-la');
		const closed = organisationIdByCode(db, 'son-la-2018');
		const count = db.select().from(organisations).all().length;
		await expect(
			mergeOrganisations(db, admin.id, { organisationIds: [open, closed], nameVi: 'X', nameEn: null, kind: 'province', region: null, from: '2027-01-01' })
		).rejects.toThrow(DomainError);
		expect(db.select().from(organisations).all()).toHaveLength(count);
		expect(db.select().from(organisations).where(eq(organisations.id, open)).get()?.validTo).toBeNull();
	});

	it('closing twice is refused', async () => {
		const db = dbWithOrganisations();
		const admin = makeUser(db, { role: 'admin' });
		const id = organisationIdByCode(db, 'cao-bang');
		await closeOrganisation(db, admin.id, id, '2026-12-31');
		await expect(closeOrganisation(db, admin.id, id, '2027-01-31')).rejects.toThrow('error_already_closed');
	});

	it('dayBefore crosses months and years', () => {
		expect(dayBefore('2025-07-01')).toBe('2025-06-30');
		expect(dayBefore('2025-01-01')).toBe('2024-12-31');
		expect(dayBefore('2024-03-01')).toBe('2024-02-29');
	});
});
