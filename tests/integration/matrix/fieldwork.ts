/**
 * Fieldwork: interviews (assessors of the organisations they inform and the committee; confidential, so
 * respondents and administrators get 403), the information-request checklist (managed by the assigned
 * assessor and the committee, read by the organisation's respondents) and dataset fact sheets (changed by
 * whoever may add evidence to the organisation's work, read by those who read it).
 */
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

/** Committee and assessors assigned in the round (A or B) open the interview pages. */
const interviewPages: Record<Person, Outcome> = expectFor(403, { anonymous: 'login', assessor: 200, otherAssessor: 200, committee: 200 });
/** interviewA informs Bộ Tài chính only: the assessor of Đà Nẵng may not open it. */
const interviewA: Record<Person, Outcome> = { ...interviewPages, otherAssessor: 403 };
/** A's checklist: managed by A's assessor and the committee, read by A's respondents. */
const checklistA: Record<Person, Outcome> = expectFor(403, { anonymous: 'login', respondentA: 200, leadA: 200, assessor: 200, committee: 200 });
/** A's fact sheets: read by those who read A's evidence (administrators too, for support). */
const factSheetsA: Record<Person, Outcome> = { ...checklistA, admin: 200 };
/** Adding to A's fact sheets: A's assessor before validation, A's respondents while their work is editable. */
const factSheetEditorsA: Record<Person, Outcome> = expectFor(403, { anonymous: 'login', assessor: 200, respondentA: 200, leadA: 200 });
const asPost = (expect: Record<Person, Outcome>, allowed: Outcome): Record<Person, Outcome> =>
	Object.fromEntries(Object.entries(expect).map(([p, o]) => [p, o === 200 ? allowed : o])) as Record<Person, Outcome>;

export const fieldworkEntries: MatrixEntry[] = [
	{ route: '/rounds/[id]/interviews', method: 'GET', path: (w) => `/rounds/${w.ids.round}/interviews`, expect: interviewPages },
	{ route: '/rounds/[id]/interviews/new', method: 'GET', path: (w) => `/rounds/${w.ids.round}/interviews/new`, expect: interviewPages },
	{
		route: '/rounds/[id]/interviews/new',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/interviews/new`,
		form: (w) => ({
			date: '2026-04-02',
			stakeholderCategory: 'data_holder',
			intervieweeRoles: 'Chuyên viên Cục Tin học và Thống kê tài chính',
			affiliation: 'Bộ Tài chính',
			organisationIds: String(w.ids.orgA),
			sections: 'OD-4'
		}),
		// The assessor of Đà Nẵng may not record for Bộ Tài chính.
		expect: { ...asPost(interviewPages, 'redirect'), otherAssessor: 403 }
	},
	{ route: '/rounds/[id]/interviews/[iid]', method: 'GET', path: (w) => `/rounds/${w.ids.round}/interviews/${w.ids.interviewA}`, expect: interviewA },
	{
		route: '/rounds/[id]/interviews/[iid]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/interviews/${w.ids.interviewA}?/save`,
		form: () => ({ date: 'not-a-day' }),
		expect: asPost(interviewA, 400)
	},
	{
		route: '/rounds/[id]/interviews/[iid]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/interviews/${w.ids.interviewA}?/cite`,
		form: (w) => ({ organisationId: String(w.ids.orgA), polarity: '+' }),
		// No question chosen: 400 for A's assessor; the committee reads interviews but does not add evidence.
		expect: { ...asPost(interviewA, 400), committee: 403 }
	},
	{
		route: '/rounds/[id]/organisations/[org]/information-requests',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/information-requests`,
		expect: checklistA
	},
	{
		route: '/rounds/[id]/organisations/[org]/information-requests',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/information-requests?/update`,
		form: () => ({ itemCode: 'IR-01', status: 'lost', baseVersion: '1' }),
		expect: { ...asPost(checklistA, 400), respondentA: 403, leadA: 403 }
	},
	{
		route: '/rounds/[id]/organisations/[org]/fact-sheets',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/fact-sheets`,
		expect: factSheetsA
	},
	{
		route: '/rounds/[id]/organisations/[org]/fact-sheets/new',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/fact-sheets/new`,
		expect: factSheetEditorsA
	},
	{
		route: '/rounds/[id]/organisations/[org]/fact-sheets/new',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/fact-sheets/new`,
		form: () => ({ title: '' }),
		expect: asPost(factSheetEditorsA, 400)
	},
	{
		route: '/rounds/[id]/organisations/[org]/fact-sheets/[fid]',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/fact-sheets/${w.ids.factSheetA}`,
		expect: factSheetsA
	},
	{
		route: '/rounds/[id]/organisations/[org]/fact-sheets/[fid]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/organisations/${w.ids.orgA}/fact-sheets/${w.ids.factSheetA}?/save`,
		form: () => ({ title: '' }),
		// Readers who may not change it: 403 (committee, administrators).
		expect: asPost(factSheetEditorsA, 400)
	}
];
