/**
 * Spreadsheets and paper forms of an assessment. In the demo 2026 round A's DG is in progress: its
 * respondents write self-ratings, the assigned assessor writes assessor ratings; the committee reads only
 * (final ratings open at validation); administrators answer nothing (no workbook, print only). People
 * who may not read the assessment are not told it exists (404). The blank workbook per framework is
 * public, like the framework pages.
 */
import { everyone, expectFor, type MatrixEntry } from './types';

const readersOfA = expectFor(200, { anonymous: 'login', respondentB: 404, otherAssessor: 404 });

export const agencyEntries: MatrixEntry[] = [
	{
		route: '/assessments/[id]/workbook',
		method: 'GET',
		path: (w) => `/assessments/${w.ids.dgA}/workbook`,
		expect: { ...readersOfA, admin: 403 }
	},
	{ route: '/assessments/[id]/workbook/upload', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/workbook/upload`, expect: readersOfA },
	{
		route: '/assessments/[id]/workbook/upload',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/workbook/upload?/upload`,
		form: () => ({}),
		// Writers reach the file check (no file: 400); the committee and administrators cannot write now.
		expect: { ...readersOfA, respondentA: 400, leadA: 400, assessor: 400, committee: 403, admin: 403 }
	},
	{
		route: '/assessments/[id]/workbook/upload',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/workbook/upload?/resolve`,
		form: () => ({ decision: 'theirs', code: 'DG-1.1', pending: 'not json' }),
		expect: { ...readersOfA, respondentA: 400, leadA: 400, assessor: 400, committee: 403, admin: 403 }
	},
	{ route: '/assessments/[id]/print', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/print?blank=1`, expect: readersOfA },
	{ route: '/assessments/[id]/print.pdf', method: 'GET', path: (w) => `/assessments/${w.ids.odA}/print.pdf?blank=1`, expect: readersOfA },
	{ route: '/frameworks/[id]/workbook', method: 'GET', path: () => '/frameworks/od-odra-3.1/workbook', expect: everyone(200) }
];
