/**
 * S2: cross-site form posts are refused, on the production build and on a build made with a non-production
 * NODE_ENV (SvelteKit once compiled its origin check out of such builds). Every content type a browser can
 * send cross-site without a preflight, to an anonymous form (sign-in) and to a signed-in form action with a
 * valid session cookie; a post without any Origin is refused too. Nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startServer, type TestServer } from './harness';

const bodies: [string, (fields: Record<string, string>) => string][] = [
	['application/x-www-form-urlencoded', (f) => new URLSearchParams(f).toString()],
	[
		'multipart/form-data; boundary=xyz',
		(f) => Object.entries(f).map(([k, v]) => `--xyz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') + '--xyz--\r\n'
	],
	['text/plain', (f) => Object.entries(f).map(([k, v]) => `${k}=${v}`).join('\r\n')]
];

/** A user the attack would create, if it got through. */
const victim = { name: 'Kẻ giả mạo', email: 'csrf@attacker.example', role: 'admin', password: 'csrf-attack-2026' };

function suite(name: string, start: () => Promise<TestServer>) {
	describe(name, () => {
		let server: TestServer;
		let admin: string;
		beforeAll(async () => {
			server = await start();
			admin = await signIn(server.url, 'quantri@sansang.example');
		}, 240_000);
		afterAll(async () => server?.stop());

		const post = (path: string, type: string, body: string, headers: Record<string, string>) =>
			fetch(server.url + path, { method: 'POST', redirect: 'manual', headers: { 'content-type': type, accept: 'text/html', ...headers }, body });

		it.each(bodies)('%s to sign-in from a foreign origin → 403', async (type, body) => {
			const res = await post('/login', type, body({ email: 'quantri@sansang.example', password: 'sansang-demo-2026' }), { origin: 'https://evil.example' });
			expect(res.status).toBe(403);
			expect(res.headers.getSetCookie().some((c) => c.startsWith('sansang_session='))).toBe(false);
		});

		it.each(bodies)('%s to an administrator action with their cookie from a foreign origin → 403, nothing created', async (type, body) => {
			const res = await post('/admin/users/new', type, body(victim), { origin: 'https://evil.example', cookie: admin });
			expect(res.status).toBe(403);
			const db = server.db();
			expect(db.prepare('SELECT count(*) AS n FROM users WHERE email = ?').get(victim.email)).toEqual({ n: 0 });
			db.close();
		});

		it('a form post without an Origin header → 403', async () => {
			const res = await post('/admin/users/new', bodies[0][0], bodies[0][1](victim), { cookie: admin });
			expect(res.status).toBe(403);
		});

		it('the same post from the app itself goes through to the form (control)', async () => {
			const res = await post('/admin/users/new', bodies[0][0], bodies[0][1]({ email: '' }), { origin: server.url, cookie: admin });
			expect(res.status).toBe(400);
		});
	});
}

suite('production build', () => startServer());

const OUT = '.nonprod';
suite('a build with NODE_ENV=development', async () => {
	rmSync(OUT, { recursive: true, force: true });
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		env: { ...process.env, NODE_ENV: 'development', SANSANG_BUILD_OUT: `${OUT}/build`, SANSANG_KIT_OUT: `${OUT}/kit` },
		stdio: 'pipe',
		timeout: 220_000
	});
	if (!existsSync(`${OUT}/build/index.js`)) throw new Error('the non-production build produced no server');
	return startServer({ NODE_ENV: 'development' }, undefined, `${OUT}/build/index.js`);
});
