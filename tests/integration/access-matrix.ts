/**
 * The access matrix (BUDGETS.md S1): every route × every kind of person, with the answer expected. The
 * matrix test fails when a route under src/routes has no entry here.
 */
import type Database from 'better-sqlite3';

export const people = ['anonymous', 'respondentA', 'leadA', 'respondentB', 'assessor', 'committee', 'admin'] as const;
export type Person = (typeof people)[number];

/** Demo accounts playing each part: A = Ministry of Finance, B = Đà Nẵng. */
export const emails: Record<Exclude<Person, 'anonymous'>, string> = {
	respondentA: 'taichinh@sansang.example',
	leadA: 'taichinh.lanhdao@sansang.example',
	respondentB: 'danang.lanhdao@sansang.example',
	assessor: 'chuyengia@sansang.example',
	committee: 'uyban@sansang.example',
	admin: 'quantri@sansang.example'
};

/** `login`: redirected to sign in; `redirect`: another 303; numbers: the HTTP status. */
export type Outcome = 200 | 400 | 403 | 404 | 'login' | 'redirect';

export interface World {
	ids: { userA: number; orgA: number; orgB: number };
}

export interface MatrixEntry {
	/** Route id as SvelteKit names it (folder path under src/routes). */
	route: string;
	method: 'GET' | 'POST';
	path: (w: World) => string;
	/** Form fields for POST entries. */
	form?: (w: World) => Record<string, string | string[]>;
	/** JSON body for POST entries to API endpoints (instead of a form). */
	json?: (w: World) => unknown;
	expect: Record<Person, Outcome>;
}

const everyone = (outcome: Outcome): Record<Person, Outcome> =>
	Object.fromEntries(people.map((p) => [p, outcome])) as Record<Person, Outcome>;
const adminOnly: Record<Person, Outcome> = { ...everyone(403), anonymous: 'login', admin: 200 };
const adminOnlyRedirect: Record<Person, Outcome> = { ...adminOnly, admin: 'redirect' };

export const matrix: MatrixEntry[] = [
	{ route: '/', method: 'GET', path: () => '/', expect: everyone(200) },
	{ route: '/login', method: 'GET', path: () => '/login', expect: { ...everyone('redirect'), anonymous: 200 } },
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
		expect: adminOnlyRedirect
	},
	{ route: '/admin/users/[id]', method: 'GET', path: (w) => `/admin/users/${w.ids.userA}`, expect: adminOnly },
	{
		route: '/admin/users/[id]',
		method: 'POST',
		path: (w) => `/admin/users/${w.ids.userA}?/enable`,
		expect: adminOnly
	},
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

/** Routes that are not pages or endpoints a person reaches (none yet). */
export const notRoutes: string[] = [];

export function buildWorld(db: Database.Database): World {
	const id = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { id: number }).id;
	return {
		ids: {
			userA: id('SELECT id FROM users WHERE email = ?', emails.respondentA),
			orgA: id("SELECT id FROM organisations WHERE code = 'bo-tai-chinh'"),
			orgB: id("SELECT id FROM organisations WHERE code = 'da-nang'")
		}
	};
}
