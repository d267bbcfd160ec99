import { describe, expect, it } from 'vitest';
import { dbWithOrganisations } from '../testing/factories';
import { getOrganisationLinks, listOrganisations } from './organisations';
import { organisationIdByCode } from '../seed/organisations';

const db = dbWithOrganisations();

describe('the seeded register of organisations', () => {
	it('has 14 ministries, 3 ministerial-level agencies and 34 provincial units in force today (51)', async () => {
		const today = await listOrganisations(db, { day: '2026-11-22', locale: 'vi' });
		expect(today).toHaveLength(51);
		expect(today.filter((o) => o.kind === 'ministry')).toHaveLength(14);
		expect(today.filter((o) => o.kind === 'ministerial_agency')).toHaveLength(3);
		expect(today.filter((o) => o.kind === 'province')).toHaveLength(28);
		expect(today.filter((o) => o.kind === 'city')).toHaveLength(6);
	});

	it('keeps the 2018 map: 18 ministries, 4 agencies and 63 provincial units', async () => {
		const in2018 = await listOrganisations(db, { day: '2018-06-01', locale: 'vi' });
		expect(in2018.filter((o) => o.kind === 'ministry')).toHaveLength(18);
		expect(in2018.filter((o) => o.kind === 'ministerial_agency')).toHaveLength(4);
		expect(in2018.filter((o) => o.kind === 'province' || o.kind === 'city')).toHaveLength(63);
	});

	it('lists names in Vietnamese alphabetical order', async () => {
		const names = (await listOrganisations(db, { day: '2026-11-22', locale: 'vi' })).map((o) => o.name);
		const i = (n: string) => names.indexOf(n);
		expect(i('Cần Thơ')).toBeLessThan(i('Đà Nẵng'));
		expect(i('Đà Nẵng')).toBeLessThan(i('Điện Biên'));
		expect(i('Điện Biên')).toBeLessThan(i('Gia Lai'));
		expect(i('Bộ Y tế')).toBeLessThan(i('Cà Mau'));
	});

	it('dates names and kinds: Thừa Thiên Huế province became Huế city in 2025', async () => {
		const id = organisationIdByCode(db, 'thua-thien-hue-2018');
		const [in2020] = await listOrganisations(db, { day: '2020-01-01', locale: 'vi', ids: [id] });
		const [in2025] = await listOrganisations(db, { day: '2025-03-01', locale: 'vi', ids: [id] });
		expect([in2020.name, in2020.kind]).toEqual(['Thừa Thiên Huế', 'province']);
		expect([in2025.name, in2025.kind]).toEqual(['Huế', 'city']);
	});

	it('links merged units to their predecessors (Phú Thọ ← Phú Thọ, Vĩnh Phúc, Hòa Bình)', async () => {
		const links = await getOrganisationLinks(db, organisationIdByCode(db, 'phu-tho'), 'vi');
		expect(links.predecessors.map((l) => l.organisation.name)).toEqual(['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc']);
		expect(links.predecessors.every((l) => l.kind === 'merged' && l.effectiveDate === '2025-07-01')).toBe(true);
	});

	it('links ministries to those they absorbed', async () => {
		const finance = await getOrganisationLinks(db, organisationIdByCode(db, 'bo-tai-chinh'), 'en');
		expect(finance.predecessors.map((l) => l.organisation.name)).toEqual(['Ministry of Planning and Investment']);
		const science = await getOrganisationLinks(db, organisationIdByCode(db, 'bo-khoa-hoc-va-cong-nghe'), 'en');
		expect(science.predecessors.map((l) => l.organisation.name)).toEqual(['Ministry of Information and Communications']);
	});

	it('a unit that kept its name still gets a new record linked to its old self', async () => {
		const links = await getOrganisationLinks(db, organisationIdByCode(db, 'ha-noi'), 'vi');
		expect(links.predecessors.map((l) => [l.organisation.code, l.kind])).toEqual([['ha-noi-2018', 'continued']]);
	});
});
