import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { startServer, signIn, get, postForm, postJson, type TestServer } from './harness';
import { buildWorld, emails, matrix, notRoutes, people, type Outcome, type Person, type World } from './access-matrix';

/** Route ids of every page and endpoint under src/routes. */
function routeIds(dir = 'src/routes'): string[] {
	const out = new Set<string>();
	const visit = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) visit(path);
			else if (/^\+(page(\.server)?\.(ts|svelte)|server\.ts)$/.test(name)) {
				const id = '/' + relative('src/routes', d).split(sep).filter((s) => s && !/^\(.*\)$/.test(s)).join('/');
				out.add(id);
			}
		}
	};
	visit(dir);
	return [...out].sort();
}

/** Named form actions of every page (`default` for an unnamed one), read from the `actions` object of each `+page.server.ts`. */
function formActions(dir = 'src/routes'): [string, string][] {
	const out: [string, string][] = [];
	const visit = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) visit(path);
			else if (name === '+page.server.ts') {
				const source = readFileSync(path, 'utf8');
				const at = source.indexOf('export const actions');
				if (at < 0) continue;
				const id = '/' + relative('src/routes', d).split(sep).filter((s) => s && !/^\(.*\)$/.test(s)).join('/');
				for (const m of source.slice(at).matchAll(/^\t(\w+)(?::|\s*\(|,)/gm)) out.push([id, m[1]]);
			}
		}
	};
	visit(dir);
	return out;
}

/**
 * S8, checked on every answer the matrix receives (every route, every person): nosniff, a referrer policy,
 * no framing, never cached when signed in, and on HTML pages a CSP allowing our scripts only (by nonce).
 */
function headerProblems(res: Response, signedIn: boolean): string[] {
	const h = res.headers;
	const problems: string[] = [];
	if (h.get('x-content-type-options') !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
	if (h.get('referrer-policy') !== 'strict-origin-when-cross-origin') problems.push(`Referrer-Policy ${h.get('referrer-policy')}`);
	if (h.get('x-frame-options') !== 'DENY') problems.push('no X-Frame-Options: DENY');
	if (signedIn && h.get('cache-control') !== 'no-store') problems.push(`Cache-Control ${h.get('cache-control')} for a signed-in person`);
	if (res.status === 200 && (h.get('content-type') ?? '').includes('text/html')) {
		const csp = h.get('content-security-policy') ?? '';
		// Pages with scripts allow them by nonce; pages rendered without JavaScript (csr = false) allow none inline.
		const scripts = csp.match(/script-src ([^;]*)/)?.[1].trim() ?? '';
		if (!/^'self'( 'nonce-[A-Za-z0-9+/=]+')?$/.test(scripts)) problems.push(`HTML page with script-src ${scripts || '(none)'}`);
		if (!csp.includes("frame-ancestors 'none'")) problems.push("HTML page without frame-ancestors 'none'");
	}
	return problems;
}

function outcomeOf(res: Response): Outcome {
	if (res.status === 303 || res.status === 302 || res.status === 307) {
		return (res.headers.get('location') ?? '').startsWith('/login') ? 'login' : 'redirect';
	}
	return res.status as Outcome;
}

let server: TestServer;
let world: World;
const cookies: Partial<Record<Person, string>> = {};

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	world = buildWorld(db);
	db.close();
	for (const person of people) if (person !== 'anonymous') cookies[person] = await signIn(server.url, emails[person]);
});
afterAll(async () => server?.stop());

describe('access matrix (S1)', () => {
	it('has an entry for every route', () => {
		const covered = new Set(matrix.map((e) => e.route));
		const missing = routeIds().filter((r) => !covered.has(r) && !notRoutes.includes(r));
		expect(missing).toEqual([]);
	});

	it('has a POST entry for every form action', () => {
		const placeholder = { ids: new Proxy({}, { get: () => 1 }) } as World;
		const posts = matrix.filter((e) => e.method === 'POST').map((e) => ({ route: e.route, path: e.path(placeholder) }));
		const actions = formActions();
		expect(actions.length).toBeGreaterThan(40);
		const missing = actions
			.filter(([route, action]) => !posts.some((p) => p.route === route && (action === 'default' ? !p.path.includes('?/') : p.path.endsWith(`?/${action}`))))
			.map(([route, action]) => `${route} ?/${action}`);
		expect(missing).toEqual([]);
	});

	it.each(matrix.map((e) => [`${e.method} ${e.route}`, e] as const))('%s', async (_name, entry) => {
		const unexpected: string[] = [];
		for (const person of people) {
			const path = entry.path(world);
			const res =
				entry.method === 'GET'
					? await get(server.url, path, cookies[person])
					: entry.json
						? await postJson(server.url, path, entry.json(world), cookies[person])
						: await postForm(server.url, path, entry.form?.(world) ?? {}, cookies[person]);
			const outcome = outcomeOf(res);
			if (outcome !== entry.expect[person]) unexpected.push(`${person}: expected ${entry.expect[person]}, got ${outcome}`);
			for (const problem of headerProblems(res, person !== 'anonymous')) unexpected.push(`${person}: ${problem}`);
			if (entry.route === '/logout' && cookies[person]) cookies[person] = await signIn(server.url, emails[person as Exclude<Person, 'anonymous'>]);
		}
		expect(unexpected).toEqual([]);
	});
});
