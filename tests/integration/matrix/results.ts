/**
 * Scorecards, dashboards, calibration, trends and published results. Dashboards, calibration and trends
 * belong to the committee (administrators read them); published results are public.
 */
import { everyone, expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const committee: Record<Person, Outcome> = expectFor(403, { anonymous: 'login', committee: 200, admin: 200 });
const readersOfA: Record<Person, Outcome> = expectFor(200, { anonymous: 'login', respondentB: 404, otherAssessor: 404 });

export const resultsEntries: MatrixEntry[] = [
	{ route: '/assessments/[id]/scorecard', method: 'GET', path: (w) => `/assessments/${w.ids.dgA}/scorecard`, expect: readersOfA },
	{ route: '/rounds/[id]/dashboard', method: 'GET', path: (w) => `/rounds/${w.ids.round}/dashboard?framework=od-odra-3.1`, expect: committee },
	{ route: '/rounds/[id]/calibration', method: 'GET', path: (w) => `/rounds/${w.ids.round}/calibration?question=DG-1.1`, expect: committee },
	{
		route: '/rounds/[id]/calibration',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/calibration?/final`,
		form: (w) => ({ assessmentId: String(w.ids.dgA), questionCode: 'DG-1.1', rating: '3', baseVersion: '0' }),
		// A's DG is still in progress: the committee may not set its final rating yet.
		expect: { ...committee, committee: 403, admin: 403 }
	},
	{ route: '/trends', method: 'GET', path: (w) => `/trends?organisation=${w.ids.orgB}&framework=dg`, expect: committee },
	{ route: '/results', method: 'GET', path: () => '/results', expect: everyone(200) },
	{ route: '/results/[snapshot]', method: 'GET', path: (w) => `/results/${w.ids.snapshot}`, expect: everyone(200) }
];
