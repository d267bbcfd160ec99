/**
 * Assessment screens. In the demo 2026 round: A's DG is in progress, A's OD submitted; the assessor is
 * assigned to A, the other assessor is not (they answer 404: an assessment you may not read does not exist).
 */
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

/** Everyone who may read A's assessments. */
const readersOfA: Record<Person, Outcome> = expectFor(200, { anonymous: 'login', respondentB: 404, otherAssessor: 404 });
/** The side-by-side review: assessor and committee (respondents only after publication). */
const reviewersOfA: Record<Person, Outcome> = { ...readersOfA, respondentA: 403, leadA: 403 };

export const assessmentEntries: MatrixEntry[] = [
	{ route: '/assessments/[id]', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}`, expect: readersOfA },
	{
		route: '/assessments/[id]',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}?/transition`,
		form: () => ({ name: 'publish' }),
		// Nobody may publish an assessment still in progress: 409 wrong state for the committee, 403 for others.
		expect: { ...readersOfA, respondentA: 403, leadA: 403, assessor: 403, committee: 409, admin: 403 }
	},
	{ route: '/assessments/[id]/s/[section]', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/s/DG-1`, expect: readersOfA },
	{
		route: '/assessments/[id]/s/[section]',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/s/DG-1?/save`,
		form: () => ({ source: 'self' }),
		// Anonymous posts are held and sent to sign in; committee and administrators have nothing to write yet.
		expect: { ...readersOfA, committee: 403, admin: 403 }
	},
	{
		route: '/assessments/[id]/save',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/save`,
		json: () => ({ questionCode: 'DG-1.1', source: 'final', rating: '3', baseVersion: 0 }),
		expect: { ...expectFor(403, { anonymous: 401, respondentB: 404, otherAssessor: 404 }) }
	},
	{ route: '/assessments/[id]/review', method: 'GET', path: (w) => `/assessments/${w.ids.odA}/review`, expect: reviewersOfA },
	{ route: '/assessments/[id]/dimensions', method: 'GET', path: (w) => `/assessments/${w.ids.odA}/dimensions`, expect: reviewersOfA },
	{ route: '/assessments/[id]/dimensions/[dim]', method: 'GET', path: (w) => `/assessments/${w.ids.odA}/dimensions/OD-1`, expect: reviewersOfA },
	{
		route: '/assessments/[id]/dimensions/[dim]',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.odA}/dimensions/OD-1?/save`,
		form: () => ({ baseVersion: '999' }),
		// The assigned assessor reaches the save (a stale version: 409); the committee cannot write before validation.
		expect: { ...reviewersOfA, assessor: 409, committee: 403, admin: 403 }
	},
	{ route: '/assessments/[id]/evidence', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/evidence`, expect: readersOfA },
	{
		route: '/assessments/[id]/evidence',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/evidence?/link`,
		form: () => ({ title: 'Cổng thông tin', polarity: '+', url: 'https://example.gov.vn/matrix' }),
		expect: { ...readersOfA, committee: 403, admin: 403 }
	},
	{ route: '/assessments/[id]/history', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/history`, expect: readersOfA },
	{ route: '/evidence/[id]/file', method: 'GET', path: (w) => `/evidence/${w.ids.documentA}/file`, expect: readersOfA },
	{
		route: '/rounds/[id]/national/[framework]',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/national/od-odra-3.1`,
		expect: expectFor(200, { anonymous: 'login', respondentA: 403, leadA: 403, respondentB: 403 })
	},
	{
		route: '/rounds/[id]/national/[framework]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/national/od-odra-3.1?/save`,
		form: () => ({ questionCode: 'OD-9.9', rating: 'green', baseVersion: '0' }),
		expect: expectFor(400, { anonymous: 'login', respondentA: 403, leadA: 403, respondentB: 403, admin: 403 })
	}
];
