/**
 * The plan of the fictional 2026 demo round: where each organisation's two assessments stand, how strong
 * it is (the base of its plausible ratings), who assesses it. Every one of the 51 units in force in late
 * 2026 is listed; the seed refuses to run if the register and this plan disagree.
 */
import type { AssessmentStatus } from '$lib/domain/access';

export const DEMO_ROUND = {
	nameVi: 'Đánh giá mức độ sẵn sàng Chính phủ số và dữ liệu mở năm 2026',
	nameEn: 'Digital government and open data readiness assessment 2026',
	year: 2026,
	/** DG 1.1 adds DG-6.8 and rewrites DG-2.5; the 2018 round ran on 1.0 (trends follow the crosswalk). */
	frameworks: { dg: 'dg-sansang-1.1', od: 'od-odra-3.1' },
	/** Units in force on this day are in scope. */
	scopeDay: '2026-11-22',
	selfDeadline: '2026-12-15',
	reviewDeadline: '2027-01-31'
} as const;

export const COMMITTEE_EMAIL = 'uyban@sansang.example';

export const assessorEmails = {
	anh: 'chuyengia@sansang.example',
	sarah: 'expert@sansang.example',
	tung: 'chuyengia.tung@sansang.example',
	ngocanh: 'chuyengia.ngocanh@sansang.example',
	huy: 'chuyengia.huy@sansang.example',
	brennan: 'expert.brennan@sansang.example'
} as const;
export type AssessorKey = keyof typeof assessorEmails;

export const stageOrder: readonly AssessmentStatus[] = [
	'not_started',
	'in_progress',
	'submitted',
	'in_review',
	'returned',
	'validated',
	'published'
];

/** Whether an assessment planned at `stage` has gone through `step` (returned counts as past in_review). */
export function reached(stage: AssessmentStatus, step: AssessmentStatus): boolean {
	return stageOrder.indexOf(stage) >= stageOrder.indexOf(step);
}

export interface OrganisationPlan {
	code: string;
	/** Email slug of the respondents (`<slug>.lanhdao@…`); null when the organisation has no demo respondent. */
	slug: string | null;
	dg: AssessmentStatus;
	od: AssessmentStatus;
	/** Typical DG level (1–4) of the organisation, before pillar adjustments and noise. */
	dgBase: number;
	/** Typical OD position (0 = RED … 4 = GREEN), before dimension adjustments and noise. */
	odBase: number;
	/** Assigned assessors; the first leads the review. */
	assessors: [AssessorKey, AssessorKey];
	/** Share of self answers saved when the plan stops in progress (default 0.4–0.8). */
	selfShare?: number;
	/** The work went through one return before being validated. */
	returnCycle?: boolean;
	/** The committee changes some final ratings before publishing. */
	committeeEdits?: boolean;
	/** An OD dimension the assessors could not find enough information on (its questions GREY). */
	unknownDimension?: string;
}

const p = (
	code: string,
	slug: string | null,
	dg: AssessmentStatus,
	od: AssessmentStatus,
	dgBase: number,
	odBase: number,
	assessors: [AssessorKey, AssessorKey],
	extra: Partial<OrganisationPlan> = {}
): OrganisationPlan => ({ code, slug, dg, od, dgBase, odBase, assessors, ...extra });

/** In the order of the register. Named cases of the brief: Bộ Tài chính, Đà Nẵng, Lào Cai, Hà Nội, Bộ Y tế. */
export const organisationPlans: OrganisationPlan[] = [
	p('bo-quoc-phong', null, 'not_started', 'not_started', 2.4, 1.0, ['tung', 'huy']),
	p('bo-cong-an', 'congan', 'published', 'validated', 3.1, 1.6, ['anh', 'tung']),
	p('bo-ngoai-giao', 'ngoaigiao', 'in_progress', 'in_progress', 2.2, 1.6, ['ngocanh', 'brennan']),
	p('bo-noi-vu', 'noivu', 'validated', 'validated', 2.4, 2.0, ['tung', 'brennan'], { returnCycle: true }),
	p('bo-tu-phap', 'tuphap', 'published', 'published', 2.7, 2.4, ['anh', 'ngocanh']),
	p('bo-tai-chinh', 'taichinh', 'in_progress', 'submitted', 2.8, 2.6, ['anh', 'tung'], { selfShare: 0.6 }),
	p('bo-cong-thuong', 'congthuong', 'in_review', 'returned', 2.5, 2.2, ['sarah', 'ngocanh']),
	p('bo-xay-dung', 'xaydung', 'submitted', 'submitted', 2.3, 1.8, ['huy', 'brennan']),
	p('bo-van-hoa-the-thao-va-du-lich', 'vanhoa', 'returned', 'in_progress', 2.1, 2.0, ['sarah', 'huy']),
	p('bo-khoa-hoc-va-cong-nghe', 'khoahoc', 'published', 'published', 3.1, 3.0, ['sarah', 'tung']),
	p('bo-giao-duc-va-dao-tao', 'giaoduc', 'validated', 'in_review', 2.6, 2.4, ['ngocanh', 'huy']),
	p('bo-y-te', 'yte', 'published', 'published', 2.7, 2.3, ['anh', 'huy'], {
		committeeEdits: true,
		returnCycle: true
	}),
	p('van-phong-chinh-phu', 'vpcp', 'published', 'published', 3.2, 2.8, ['sarah', 'brennan']),
	p('thanh-tra-chinh-phu', null, 'not_started', 'not_started', 2.0, 1.2, ['ngocanh', 'brennan']),
	p('ngan-hang-nha-nuoc-viet-nam', 'nganhang', 'published', 'validated', 3.0, 2.0, ['tung', 'brennan']),
	p('bo-nong-nghiep-va-moi-truong', 'nongnghiep', 'in_review', 'in_review', 2.4, 2.6, ['anh', 'brennan']),
	p('bo-dan-toc-va-ton-giao', 'dantoc', 'in_progress', 'not_started', 1.7, 1.2, ['huy', 'ngocanh']),
	p('ha-noi', 'hanoi', 'validated', 'validated', 3.1, 3.0, ['anh', 'sarah'], { committeeEdits: true }),
	p('hue', 'hue', 'published', 'published', 2.8, 2.6, ['sarah', 'tung']),
	p('lai-chau', 'laichau', 'in_progress', 'in_progress', 1.5, 1.0, ['huy', 'brennan']),
	p('dien-bien', 'dienbien', 'published', 'published', 1.7, 1.2, ['anh', 'huy'], {
		committeeEdits: true,
		returnCycle: true
	}),
	p('son-la', 'sonla', 'submitted', 'in_progress', 1.8, 1.4, ['ngocanh', 'huy']),
	p('lang-son', 'langson', 'validated', 'published', 2.0, 1.6, ['tung', 'ngocanh'], {
		unknownDimension: 'OD-6'
	}),
	p('quang-ninh', 'quangninh', 'published', 'published', 3.1, 2.8, ['anh', 'tung'], { committeeEdits: true }),
	p('thanh-hoa', 'thanhhoa', 'in_review', 'submitted', 2.4, 1.8, ['ngocanh', 'brennan']),
	p('nghe-an', 'nghean', 'validated', 'validated', 2.3, 2.0, ['tung', 'brennan']),
	p('ha-tinh', 'hatinh', 'published', 'published', 2.4, 2.2, ['sarah', 'brennan'], { returnCycle: true }),
	p('cao-bang', null, 'not_started', 'not_started', 1.4, 0.9, ['huy', 'brennan']),
	p('tuyen-quang', 'tuyenquang', 'returned', 'returned', 1.8, 1.3, ['tung', 'huy']),
	p('lao-cai', 'laocai', 'not_started', 'not_started', 1.9, 1.3, ['anh', 'tung']),
	p('thai-nguyen', 'thainguyen', 'published', 'published', 2.6, 2.2, ['anh', 'ngocanh']),
	p('phu-tho', 'phutho', 'in_review', 'in_review', 2.2, 1.8, ['ngocanh', 'huy']),
	p('bac-ninh', 'bacninh', 'published', 'validated', 2.9, 2.4, ['sarah', 'tung']),
	p('hung-yen', 'hungyen', 'in_progress', 'in_progress', 2.3, 1.6, ['brennan', 'huy']),
	p('hai-phong', 'haiphong', 'published', 'published', 2.9, 2.6, ['anh', 'brennan']),
	p('ninh-binh', 'ninhbinh', 'submitted', 'in_progress', 2.2, 1.8, ['tung', 'ngocanh']),
	p('quang-tri', 'quangtri', 'validated', 'validated', 2.1, 1.6, ['ngocanh', 'brennan']),
	p('da-nang', 'danang', 'returned', 'in_review', 3.1, 3.1, ['sarah', 'ngocanh']),
	p('quang-ngai', 'quangngai', 'published', 'published', 2.2, 1.8, ['tung', 'huy'], {
		unknownDimension: 'OD-5'
	}),
	p('gia-lai', 'gialai', 'in_review', 'returned', 1.9, 1.4, ['huy', 'brennan']),
	p('khanh-hoa', 'khanhhoa', 'validated', 'validated', 2.6, 2.4, ['sarah', 'ngocanh']),
	p('lam-dong', 'lamdong', 'published', 'published', 2.4, 2.0, ['anh', 'ngocanh'], { committeeEdits: true }),
	p('dak-lak', 'daklak', 'in_progress', 'not_started', 1.9, 1.3, ['tung', 'brennan']),
	p('ho-chi-minh', 'tphcm', 'published', 'published', 3.3, 3.2, ['sarah', 'tung'], { committeeEdits: true }),
	p('dong-nai', 'dongnai', 'validated', 'validated', 2.6, 2.2, ['ngocanh', 'huy']),
	p('tay-ninh', 'tayninh', 'in_review', 'in_review', 2.2, 1.8, ['brennan', 'tung']),
	p('can-tho', 'cantho', 'published', 'published', 2.7, 2.4, ['sarah', 'huy'], { returnCycle: true }),
	p('vinh-long', 'vinhlong', 'validated', 'published', 2.3, 2.0, ['anh', 'brennan']),
	p('dong-thap', 'dongthap', 'published', 'published', 2.5, 2.2, ['ngocanh', 'tung']),
	p('ca-mau', null, 'not_started', 'not_started', 1.7, 1.2, ['huy', 'brennan']),
	p('an-giang', 'angiang', 'submitted', 'submitted', 2.2, 1.8, ['sarah', 'brennan'])
];

/** Lào Cai: the end-to-end tests start from its untouched assessments. */
export const UNTOUCHED = 'lao-cai';
