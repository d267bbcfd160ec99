/**
 * Exports and open data. Dashboard downloads are for the committee and administrators; an assessment's
 * download for whoever may read it (the others are not told it exists); the open-data API is public.
 */
import { everyone, expectFor, type MatrixEntry } from './types';

export const opendataEntries: MatrixEntry[] = [
	{
		route: '/rounds/[id]/dashboard/export',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/dashboard/export?framework=dg-sansang-1.1&view=heatmap&format=csv`,
		expect: expectFor(403, { anonymous: 'login', committee: 200, admin: 200 })
	},
	{
		route: '/assessments/[id]/export',
		method: 'GET',
		path: (w) => `/assessments/${w.ids.dgA}/export?format=csv`,
		expect: expectFor(200, { anonymous: 'login', respondentB: 404, otherAssessor: 404 })
	},
	{ route: '/api/v1/rounds', method: 'GET', path: () => '/api/v1/rounds', expect: everyone(200) },
	{
		route: '/api/v1/rounds/[id]/results.json',
		method: 'GET',
		path: (w) => `/api/v1/rounds/${w.ids.round}/results.json`,
		expect: everyone(200)
	},
	{
		route: '/api/v1/rounds/[id]/results.csv',
		method: 'GET',
		path: (w) => `/api/v1/rounds/${w.ids.round}/results.csv`,
		expect: everyone(200)
	},
	{
		route: '/api/v1/organisations',
		method: 'GET',
		path: () => '/api/v1/organisations',
		expect: everyone(200)
	}
];
