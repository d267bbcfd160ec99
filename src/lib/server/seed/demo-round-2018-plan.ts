/**
 * The plan of the fictional 2018 demo round: an interview-only assessment on the map of 2018 (ministries
 * of the 2016–2025 government, the 63 provinces' `-2018` records), chosen so that trends are worth
 * looking at — the predecessors of merged units that are in the 2026 round, units that kept their name,
 * ministries that continued and ministries that were absorbed in 2025. Results are invented, generally
 * weaker than in 2026 for the same places, with variety.
 */
import type { AssessorKey } from './demo-round-plan';

export const ROUND_2018 = {
	nameVi: 'Đánh giá mức độ sẵn sàng Chính phủ điện tử và dữ liệu mở năm 2018',
	nameEn: 'Digital government and open data readiness assessment 2018',
	year: 2018,
	frameworks: { dg: 'dg-sansang-1.0', od: 'od-odra-3.1' },
	/** Every unit of the plan must be in force on this day. */
	scopeDay: '2018-10-01',
	reviewDeadline: '2018-12-21',
	/** The committee creates the round, assigns the assessors, then opens it. */
	createdOn: '2018-09-10',
	openedOn: '2018-10-01',
	/** Fieldwork (interviews, ratings, validation) runs from October to the end of December 2018. */
	fieldworkFrom: '2018-10-02',
	fieldworkUntil: '2018-12-28',
	/** The committee's calibration in January, the round closed, then published after Tết 2019. */
	calibrationFrom: '2019-01-07',
	closedOn: '2019-01-25',
	publishedFrom: '2019-02-18',
	lastDay: '2019-02-28'
} as const;

export interface Plan2018 {
	code: string;
	/** The unit that carries it on in 2026 (for the reader; trends follow the register's links). */
	successor: string;
	/** Typical DG level (1–4), before pillar adjustments and noise. */
	dgBase: number;
	/** Typical OD position (0 = RED … 4 = GREEN), before dimension adjustments and noise. */
	odBase: number;
	/** Assigned assessors; the first leads the interviews and the ratings. */
	assessors: [AssessorKey, AssessorKey];
	/** The committee changes a final rating or two after calibration. */
	committeeEdits?: boolean;
	/** An OD dimension the team could not find enough information on (its questions GREY). */
	unknownDimension?: string;
}

const p = (
	code: string,
	successor: string,
	dgBase: number,
	odBase: number,
	assessors: [AssessorKey, AssessorKey],
	extra: Partial<Plan2018> = {}
): Plan2018 => ({ code, successor, dgBase, odBase, assessors, ...extra });

/**
 * 22 units. Chuyên gia Anh (`chuyengia@`) never works on Đà Nẵng or its predecessors, and Sarah
 * (`expert@`) never on Bộ Tài chính: the access tests rely on both, whatever the round.
 */
export const plans2018: Plan2018[] = [
	// Ministries that continued (same record in 2026) and ministries absorbed in 2025.
	p('bo-tai-chinh', 'bo-tai-chinh', 2.3, 1.6, ['anh', 'brennan'], { committeeEdits: true }),
	p('bo-y-te', 'bo-y-te', 1.9, 1.2, ['anh', 'tung']),
	p('bo-khoa-hoc-va-cong-nghe', 'bo-khoa-hoc-va-cong-nghe', 2.0, 1.6, ['sarah', 'tung']),
	p('ngan-hang-nha-nuoc-viet-nam', 'ngan-hang-nha-nuoc-viet-nam', 2.4, 1.1, ['anh', 'brennan']),
	p('bo-ke-hoach-va-dau-tu', 'bo-tai-chinh', 2.4, 1.9, ['brennan', 'tung']),
	p('bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe', 2.7, 2.0, ['sarah', 'anh'], {
		committeeEdits: true
	}),
	p('bo-giao-thong-van-tai', 'bo-xay-dung', 1.8, 1.0, ['tung', 'brennan']),
	// Provinces and cities that kept their name (Thừa Thiên Huế became the city of Huế in 2025).
	p('ha-noi-2018', 'ha-noi', 2.4, 1.8, ['anh', 'sarah'], { committeeEdits: true }),
	p('thua-thien-hue-2018', 'hue', 2.4, 1.6, ['sarah', 'tung']),
	p('quang-ninh-2018', 'quang-ninh', 2.5, 1.8, ['anh', 'tung']),
	p('dien-bien-2018', 'dien-bien', 1.3, 0.6, ['tung', 'brennan'], { unknownDimension: 'OD-6' }),
	p('can-tho-2018', 'can-tho', 1.9, 1.4, ['anh', 'brennan']),
	// Predecessors of merged units.
	p('phu-tho-2018', 'phu-tho', 1.6, 1.0, ['anh', 'tung']),
	p('vinh-phuc-2018', 'phu-tho', 1.9, 1.2, ['anh', 'brennan']),
	p('hoa-binh-2018', 'phu-tho', 1.3, 0.8, ['tung', 'brennan']),
	p('da-nang-2018', 'da-nang', 2.8, 2.4, ['sarah', 'tung'], { committeeEdits: true }),
	p('quang-nam-2018', 'da-nang', 1.8, 1.0, ['sarah', 'brennan']),
	p('ho-chi-minh-2018', 'ho-chi-minh', 2.6, 2.0, ['sarah', 'brennan'], { committeeEdits: true }),
	p('binh-duong-2018', 'ho-chi-minh', 2.2, 1.4, ['tung', 'brennan']),
	p('ba-ria-vung-tau-2018', 'ho-chi-minh', 1.9, 1.2, ['sarah', 'tung']),
	p('lao-cai-2018', 'lao-cai', 1.7, 1.0, ['anh', 'tung']),
	p('yen-bai-2018', 'lao-cai', 1.4, 0.8, ['tung', 'brennan'], { unknownDimension: 'OD-5' })
];
