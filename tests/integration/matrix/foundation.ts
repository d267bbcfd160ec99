import { everyone, expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const adminOnly: Record<Person, Outcome> = expectFor(403, { anonymous: 'login', admin: 200 });

export const foundationEntries: MatrixEntry[] = [
	{ route: '/', method: 'GET', path: () => '/', expect: everyone(200) },
	{ route: '/login', method: 'GET', path: () => '/login', expect: expectFor('redirect', { anonymous: 200 }) },
	{ route: '/logout', method: 'POST', path: () => '/logout', expect: everyone('login') },
	{ route: '/language', method: 'POST', path: () => '/language', form: () => ({ lang: 'en', redirectTo: '/' }), expect: everyone('redirect') },
	{ route: '/healthz', method: 'GET', path: () => '/healthz', expect: everyone(200) },
	{ route: '/frameworks', method: 'GET', path: () => '/frameworks', expect: everyone(200) },
	{ route: '/frameworks/[id]', method: 'GET', path: () => '/frameworks/od-odra-3.1', expect: everyone(200) },
	{ route: '/frameworks/[id]/[section]', method: 'GET', path: () => '/frameworks/dg-sansang-1.0/DG-3', expect: everyone(200) },
	{ route: '/api/v1/frameworks', method: 'GET', path: () => '/api/v1/frameworks', expect: everyone(200) },
	{ route: '/api/v1/frameworks/[id]', method: 'GET', path: () => '/api/v1/frameworks/dg-sansang-1.0', expect: everyone(200) },
	{
		route: '/api/v1/frameworks/[id]/score',
		method: 'POST',
		path: () => '/api/v1/frameworks/dg-sansang-1.0/score',
		json: () => ({ answers: [{ code: 'DG-1.1', source: 'self', rating: '3' }] }),
		expect: everyone(200)
	},
	{ route: '/admin/users', method: 'GET', path: () => '/admin/users', expect: adminOnly },
	{ route: '/admin/users/new', method: 'GET', path: () => '/admin/users/new', expect: adminOnly },
	{
		route: '/admin/users/new',
		method: 'POST',
		path: () => '/admin/users/new',
		form: () => ({ name: 'Matrix', email: `matrix-${Math.random()}@x.vn`, role: 'assessor', organisationId: '', locale: 'vi', password: 'matrix passphrase' }),
		expect: { ...adminOnly, admin: 'redirect' }
	},
	{ route: '/admin/users/[id]', method: 'GET', path: (w) => `/admin/users/${w.ids.userA}`, expect: adminOnly },
	{ route: '/admin/users/[id]', method: 'POST', path: (w) => `/admin/users/${w.ids.userA}?/enable`, expect: adminOnly },
	{ route: '/admin/organisations', method: 'GET', path: () => '/admin/organisations', expect: adminOnly },
	{ route: '/admin/organisations/new', method: 'GET', path: () => '/admin/organisations/new', expect: adminOnly },
	{ route: '/admin/organisations/[id]', method: 'GET', path: (w) => `/admin/organisations/${w.ids.orgA}`, expect: adminOnly },
	{
		route: '/admin/organisations/[id]',
		method: 'POST',
		path: (w) => `/admin/organisations/${w.ids.orgB}?/close`,
		form: () => ({ lastDay: 'not-a-day' }),
		expect: { ...adminOnly, admin: 400 }
	},
	{ route: '/admin/organisations/merge', method: 'GET', path: () => '/admin/organisations/merge', expect: adminOnly },
	{ route: '/admin/frameworks', method: 'GET', path: () => '/admin/frameworks', expect: adminOnly },
	{ route: '/admin/frameworks/[id]', method: 'GET', path: () => '/admin/frameworks/od-odra-3.1', expect: adminOnly }
];
