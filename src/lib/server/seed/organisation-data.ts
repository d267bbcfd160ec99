/**
 * Ministries and provincial-level units to seed, from ../shared/docs/ORGANISATIONS.md (public facts).
 *
 * - Central government: 18 ministries + 4 ministerial-level agencies in the 2016–2025 structure; since
 *   1 March 2025, 14 ministries + 3 agencies. A ministry that kept its name keeps its record; the ministries
 *   it absorbed close on 2025-02-28 and link to it. New names (Agriculture and Environment; Ethnic
 *   Minorities and Religions) are new records linked to their predecessors.
 * - Provincial level: the 63 units of 2018 close on 2025-06-30; the 34 units from 2025-07-01 are new records,
 *   each linked to the unit(s) it replaced (also the 11 that kept their name), so a 2018 round keeps its 63
 *   units and trends can follow a province through the merger.
 * - Thừa Thiên Huế province became Huế, a centrally-run city, on 2025-01-01: one record, two dated names.
 */
import type { OrgKind } from '$lib/domain/frameworks/schema';
import type { RegionCode } from '$lib/domain/organisations';

export interface SeedName {
	from: string;
	to?: string;
	vi: string;
	en: string;
	kind: OrgKind;
}

export interface SeedOrganisation {
	code: string;
	region: RegionCode | null;
	from: string;
	to?: string;
	names: SeedName[];
	/** Codes of the organisations this one replaced or absorbed. */
	predecessors?: { code: string; kind: 'absorbed' | 'merged' | 'continued' }[];
}

/** Start of the 63-unit map (Hà Tây joined Hà Nội on 2008-08-01). */
const MAP_2008 = '2008-08-01';
/** Start of the government structure of the 2016–2021 term, still in force in 2018. */
const GOV_2016 = '2016-04-09';
const CENTRAL_END = '2025-02-28';
const CENTRAL_2025 = '2025-03-01';
const PROVINCE_END = '2025-06-30';
const PROVINCE_2025 = '2025-07-01';

const central = (
	code: string,
	vi: string,
	en: string,
	kind: OrgKind,
	opts: { to?: string; from?: string; predecessors?: SeedOrganisation['predecessors'] } = {}
): SeedOrganisation => ({
	code,
	region: null,
	from: opts.from ?? GOV_2016,
	to: opts.to,
	names: [{ from: opts.from ?? GOV_2016, to: opts.to, vi, en, kind }],
	predecessors: opts.predecessors
});

export const centralOrganisations: SeedOrganisation[] = [
	// Continued through 2025 (some absorbing others).
	central('bo-quoc-phong', 'Bộ Quốc phòng', 'Ministry of National Defence', 'ministry'),
	central('bo-cong-an', 'Bộ Công an', 'Ministry of Public Security', 'ministry'),
	central('bo-ngoai-giao', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'ministry'),
	central('bo-noi-vu', 'Bộ Nội vụ', 'Ministry of Home Affairs', 'ministry', {
		predecessors: [{ code: 'bo-lao-dong-thuong-binh-va-xa-hoi', kind: 'absorbed' }]
	}),
	central('bo-tu-phap', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry'),
	central('bo-tai-chinh', 'Bộ Tài chính', 'Ministry of Finance', 'ministry', {
		predecessors: [{ code: 'bo-ke-hoach-va-dau-tu', kind: 'absorbed' }]
	}),
	central('bo-cong-thuong', 'Bộ Công Thương', 'Ministry of Industry and Trade', 'ministry'),
	central('bo-xay-dung', 'Bộ Xây dựng', 'Ministry of Construction', 'ministry', {
		predecessors: [{ code: 'bo-giao-thong-van-tai', kind: 'absorbed' }]
	}),
	central(
		'bo-van-hoa-the-thao-va-du-lich',
		'Bộ Văn hóa, Thể thao và Du lịch',
		'Ministry of Culture, Sports and Tourism',
		'ministry'
	),
	central('bo-khoa-hoc-va-cong-nghe', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'ministry', {
		predecessors: [{ code: 'bo-thong-tin-va-truyen-thong', kind: 'absorbed' }]
	}),
	central('bo-giao-duc-va-dao-tao', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'ministry'),
	central('bo-y-te', 'Bộ Y tế', 'Ministry of Health', 'ministry'),
	central('van-phong-chinh-phu', 'Văn phòng Chính phủ', 'Government Office', 'ministerial_agency'),
	central('thanh-tra-chinh-phu', 'Thanh tra Chính phủ', 'Government Inspectorate', 'ministerial_agency'),
	central('ngan-hang-nha-nuoc-viet-nam', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', 'ministerial_agency'),
	// New in March 2025.
	central(
		'bo-nong-nghiep-va-moi-truong',
		'Bộ Nông nghiệp và Môi trường',
		'Ministry of Agriculture and Environment',
		'ministry',
		{
			from: CENTRAL_2025,
			predecessors: [
				{ code: 'bo-nong-nghiep-va-phat-trien-nong-thon', kind: 'merged' },
				{ code: 'bo-tai-nguyen-va-moi-truong', kind: 'merged' }
			]
		}
	),
	central('bo-dan-toc-va-ton-giao', 'Bộ Dân tộc và Tôn giáo', 'Ministry of Ethnic Minorities and Religions', 'ministry', {
		from: CENTRAL_2025,
		predecessors: [{ code: 'uy-ban-dan-toc', kind: 'merged' }]
	}),
	// Closed on 2025-02-28.
	central('bo-ke-hoach-va-dau-tu', 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', 'ministry', {
		to: CENTRAL_END
	}),
	central(
		'bo-nong-nghiep-va-phat-trien-nong-thon',
		'Bộ Nông nghiệp và Phát triển nông thôn',
		'Ministry of Agriculture and Rural Development',
		'ministry',
		{ to: CENTRAL_END }
	),
	central('bo-giao-thong-van-tai', 'Bộ Giao thông vận tải', 'Ministry of Transport', 'ministry', { to: CENTRAL_END }),
	central(
		'bo-tai-nguyen-va-moi-truong',
		'Bộ Tài nguyên và Môi trường',
		'Ministry of Natural Resources and Environment',
		'ministry',
		{ to: CENTRAL_END }
	),
	central(
		'bo-thong-tin-va-truyen-thong',
		'Bộ Thông tin và Truyền thông',
		'Ministry of Information and Communications',
		'ministry',
		{ to: CENTRAL_END }
	),
	central(
		'bo-lao-dong-thuong-binh-va-xa-hoi',
		'Bộ Lao động – Thương binh và Xã hội',
		'Ministry of Labour, Invalids and Social Affairs',
		'ministry',
		{ to: CENTRAL_END }
	),
	central('uy-ban-dan-toc', 'Ủy ban Dân tộc', 'Committee for Ethnic Minority Affairs', 'ministerial_agency', {
		to: CENTRAL_END
	})
];

type P2018 = [code: string, vi: string, en: string, kind: OrgKind, region: RegionCode];

/** The 63 provincial-level units of 2018, in force until 2025-06-30. */
const provinces2018: P2018[] = [
	['ha-giang', 'Hà Giang', 'Ha Giang', 'province', 'northern_midlands_mountains'],
	['cao-bang', 'Cao Bằng', 'Cao Bang', 'province', 'northern_midlands_mountains'],
	['bac-kan', 'Bắc Kạn', 'Bac Kan', 'province', 'northern_midlands_mountains'],
	['tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', 'province', 'northern_midlands_mountains'],
	['lao-cai', 'Lào Cai', 'Lao Cai', 'province', 'northern_midlands_mountains'],
	['yen-bai', 'Yên Bái', 'Yen Bai', 'province', 'northern_midlands_mountains'],
	['thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', 'province', 'northern_midlands_mountains'],
	['lang-son', 'Lạng Sơn', 'Lang Son', 'province', 'northern_midlands_mountains'],
	['bac-giang', 'Bắc Giang', 'Bac Giang', 'province', 'northern_midlands_mountains'],
	['phu-tho', 'Phú Thọ', 'Phu Tho', 'province', 'northern_midlands_mountains'],
	['dien-bien', 'Điện Biên', 'Dien Bien', 'province', 'northern_midlands_mountains'],
	['lai-chau', 'Lai Châu', 'Lai Chau', 'province', 'northern_midlands_mountains'],
	['son-la', 'Sơn La', 'Son La', 'province', 'northern_midlands_mountains'],
	['hoa-binh', 'Hòa Bình', 'Hoa Binh', 'province', 'northern_midlands_mountains'],
	['ha-noi', 'Hà Nội', 'Hanoi', 'city', 'red_river_delta'],
	['vinh-phuc', 'Vĩnh Phúc', 'Vinh Phuc', 'province', 'red_river_delta'],
	['bac-ninh', 'Bắc Ninh', 'Bac Ninh', 'province', 'red_river_delta'],
	['quang-ninh', 'Quảng Ninh', 'Quang Ninh', 'province', 'red_river_delta'],
	['hai-duong', 'Hải Dương', 'Hai Duong', 'province', 'red_river_delta'],
	['hai-phong', 'Hải Phòng', 'Hai Phong', 'city', 'red_river_delta'],
	['hung-yen', 'Hưng Yên', 'Hung Yen', 'province', 'red_river_delta'],
	['thai-binh', 'Thái Bình', 'Thai Binh', 'province', 'red_river_delta'],
	['ha-nam', 'Hà Nam', 'Ha Nam', 'province', 'red_river_delta'],
	['nam-dinh', 'Nam Định', 'Nam Dinh', 'province', 'red_river_delta'],
	['ninh-binh', 'Ninh Bình', 'Ninh Binh', 'province', 'red_river_delta'],
	['thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', 'province', 'north_central_coast'],
	['nghe-an', 'Nghệ An', 'Nghe An', 'province', 'north_central_coast'],
	['ha-tinh', 'Hà Tĩnh', 'Ha Tinh', 'province', 'north_central_coast'],
	['quang-binh', 'Quảng Bình', 'Quang Binh', 'province', 'north_central_coast'],
	['quang-tri', 'Quảng Trị', 'Quang Tri', 'province', 'north_central_coast'],
	['thua-thien-hue', 'Thừa Thiên Huế', 'Thua Thien Hue', 'province', 'north_central_coast'],
	['da-nang', 'Đà Nẵng', 'Da Nang', 'city', 'north_central_coast'],
	['quang-nam', 'Quảng Nam', 'Quang Nam', 'province', 'north_central_coast'],
	['quang-ngai', 'Quảng Ngãi', 'Quang Ngai', 'province', 'north_central_coast'],
	['binh-dinh', 'Bình Định', 'Binh Dinh', 'province', 'north_central_coast'],
	['phu-yen', 'Phú Yên', 'Phu Yen', 'province', 'north_central_coast'],
	['khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', 'province', 'north_central_coast'],
	['ninh-thuan', 'Ninh Thuận', 'Ninh Thuan', 'province', 'north_central_coast'],
	['binh-thuan', 'Bình Thuận', 'Binh Thuan', 'province', 'north_central_coast'],
	['kon-tum', 'Kon Tum', 'Kon Tum', 'province', 'central_highlands'],
	['gia-lai', 'Gia Lai', 'Gia Lai', 'province', 'central_highlands'],
	['dak-lak', 'Đắk Lắk', 'Dak Lak', 'province', 'central_highlands'],
	['dak-nong', 'Đắk Nông', 'Dak Nong', 'province', 'central_highlands'],
	['lam-dong', 'Lâm Đồng', 'Lam Dong', 'province', 'central_highlands'],
	['binh-phuoc', 'Bình Phước', 'Binh Phuoc', 'province', 'southeast'],
	['tay-ninh', 'Tây Ninh', 'Tay Ninh', 'province', 'southeast'],
	['binh-duong', 'Bình Dương', 'Binh Duong', 'province', 'southeast'],
	['dong-nai', 'Đồng Nai', 'Dong Nai', 'province', 'southeast'],
	['ba-ria-vung-tau', 'Bà Rịa – Vũng Tàu', 'Ba Ria – Vung Tau', 'province', 'southeast'],
	['ho-chi-minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast'],
	['long-an', 'Long An', 'Long An', 'province', 'mekong_delta'],
	['tien-giang', 'Tiền Giang', 'Tien Giang', 'province', 'mekong_delta'],
	['ben-tre', 'Bến Tre', 'Ben Tre', 'province', 'mekong_delta'],
	['tra-vinh', 'Trà Vinh', 'Tra Vinh', 'province', 'mekong_delta'],
	['vinh-long', 'Vĩnh Long', 'Vinh Long', 'province', 'mekong_delta'],
	['dong-thap', 'Đồng Tháp', 'Dong Thap', 'province', 'mekong_delta'],
	['an-giang', 'An Giang', 'An Giang', 'province', 'mekong_delta'],
	['kien-giang', 'Kiên Giang', 'Kien Giang', 'province', 'mekong_delta'],
	['can-tho', 'Cần Thơ', 'Can Tho', 'city', 'mekong_delta'],
	['hau-giang', 'Hậu Giang', 'Hau Giang', 'province', 'mekong_delta'],
	['soc-trang', 'Sóc Trăng', 'Soc Trang', 'province', 'mekong_delta'],
	['bac-lieu', 'Bạc Liêu', 'Bac Lieu', 'province', 'mekong_delta'],
	['ca-mau', 'Cà Mau', 'Ca Mau', 'province', 'mekong_delta']
];

type P2025 = [code: string, vi: string, en: string, kind: OrgKind, region: RegionCode, predecessors: string[]];

/** The 34 provincial-level units from 2025-07-01 and the 2018 units each replaced. */
const provinces2025: P2025[] = [
	['ha-noi', 'Hà Nội', 'Hanoi', 'city', 'red_river_delta', ['ha-noi']],
	['hue', 'Huế', 'Hue', 'city', 'north_central_coast', ['thua-thien-hue']],
	['lai-chau', 'Lai Châu', 'Lai Chau', 'province', 'northern_midlands_mountains', ['lai-chau']],
	['dien-bien', 'Điện Biên', 'Dien Bien', 'province', 'northern_midlands_mountains', ['dien-bien']],
	['son-la', 'Sơn La', 'Son La', 'province', 'northern_midlands_mountains', ['son-la']],
	['lang-son', 'Lạng Sơn', 'Lang Son', 'province', 'northern_midlands_mountains', ['lang-son']],
	['quang-ninh', 'Quảng Ninh', 'Quang Ninh', 'province', 'red_river_delta', ['quang-ninh']],
	['thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', 'province', 'north_central_coast', ['thanh-hoa']],
	['nghe-an', 'Nghệ An', 'Nghe An', 'province', 'north_central_coast', ['nghe-an']],
	['ha-tinh', 'Hà Tĩnh', 'Ha Tinh', 'province', 'north_central_coast', ['ha-tinh']],
	['cao-bang', 'Cao Bằng', 'Cao Bang', 'province', 'northern_midlands_mountains', ['cao-bang']],
	['tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', 'province', 'northern_midlands_mountains', ['tuyen-quang', 'ha-giang']],
	['lao-cai', 'Lào Cai', 'Lao Cai', 'province', 'northern_midlands_mountains', ['lao-cai', 'yen-bai']],
	['thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', 'province', 'northern_midlands_mountains', ['thai-nguyen', 'bac-kan']],
	['phu-tho', 'Phú Thọ', 'Phu Tho', 'province', 'northern_midlands_mountains', ['phu-tho', 'vinh-phuc', 'hoa-binh']],
	['bac-ninh', 'Bắc Ninh', 'Bac Ninh', 'province', 'red_river_delta', ['bac-ninh', 'bac-giang']],
	['hung-yen', 'Hưng Yên', 'Hung Yen', 'province', 'red_river_delta', ['hung-yen', 'thai-binh']],
	['hai-phong', 'Hải Phòng', 'Hai Phong', 'city', 'red_river_delta', ['hai-phong', 'hai-duong']],
	['ninh-binh', 'Ninh Bình', 'Ninh Binh', 'province', 'red_river_delta', ['ninh-binh', 'ha-nam', 'nam-dinh']],
	['quang-tri', 'Quảng Trị', 'Quang Tri', 'province', 'north_central_coast', ['quang-tri', 'quang-binh']],
	['da-nang', 'Đà Nẵng', 'Da Nang', 'city', 'north_central_coast', ['da-nang', 'quang-nam']],
	['quang-ngai', 'Quảng Ngãi', 'Quang Ngai', 'province', 'north_central_coast', ['quang-ngai', 'kon-tum']],
	['gia-lai', 'Gia Lai', 'Gia Lai', 'province', 'central_highlands', ['gia-lai', 'binh-dinh']],
	['khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', 'province', 'north_central_coast', ['khanh-hoa', 'ninh-thuan']],
	['lam-dong', 'Lâm Đồng', 'Lam Dong', 'province', 'central_highlands', ['lam-dong', 'dak-nong', 'binh-thuan']],
	['dak-lak', 'Đắk Lắk', 'Dak Lak', 'province', 'central_highlands', ['dak-lak', 'phu-yen']],
	['ho-chi-minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast', ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau']],
	['dong-nai', 'Đồng Nai', 'Dong Nai', 'province', 'southeast', ['dong-nai', 'binh-phuoc']],
	['tay-ninh', 'Tây Ninh', 'Tay Ninh', 'province', 'southeast', ['tay-ninh', 'long-an']],
	['can-tho', 'Cần Thơ', 'Can Tho', 'city', 'mekong_delta', ['can-tho', 'soc-trang', 'hau-giang']],
	['vinh-long', 'Vĩnh Long', 'Vinh Long', 'province', 'mekong_delta', ['vinh-long', 'ben-tre', 'tra-vinh']],
	['dong-thap', 'Đồng Tháp', 'Dong Thap', 'province', 'mekong_delta', ['dong-thap', 'tien-giang']],
	['ca-mau', 'Cà Mau', 'Ca Mau', 'province', 'mekong_delta', ['ca-mau', 'bac-lieu']],
	['an-giang', 'An Giang', 'An Giang', 'province', 'mekong_delta', ['an-giang', 'kien-giang']]
];

/** 2018 units get a `-2018` suffix so the new units keep the plain slug. */
const code2018 = (code: string) => `${code}-2018`;

export const provincialOrganisations: SeedOrganisation[] = [
	...provinces2018.map(([code, vi, en, kind, region]): SeedOrganisation => {
		if (code === 'thua-thien-hue') {
			return {
				code: code2018(code),
				region,
				from: MAP_2008,
				to: PROVINCE_END,
				names: [
					{ from: MAP_2008, to: '2024-12-31', vi, en, kind },
					{ from: '2025-01-01', to: PROVINCE_END, vi: 'Huế', en: 'Hue', kind: 'city' }
				]
			};
		}
		return {
			code: code2018(code),
			region,
			from: MAP_2008,
			to: PROVINCE_END,
			names: [{ from: MAP_2008, to: PROVINCE_END, vi, en, kind }]
		};
	}),
	...provinces2025.map(
		([code, vi, en, kind, region, predecessors]): SeedOrganisation => ({
			code,
			region,
			from: PROVINCE_2025,
			names: [{ from: PROVINCE_2025, vi, en, kind }],
			predecessors: predecessors.map((p) => ({
				code: code2018(p),
				kind: predecessors.length === 1 ? 'continued' : 'merged'
			}))
		})
	)
];

export const seedOrganisationList: SeedOrganisation[] = [...centralOrganisations, ...provincialOrganisations];

export const CENTRAL_SPLIT = { end: CENTRAL_END, start: CENTRAL_2025 };
export const PROVINCE_SPLIT = { end: PROVINCE_END, start: PROVINCE_2025 };
