/**
 * Runs the production build (`node server.mjs`) on loopback against a fresh demo database, for tests
 * over HTTP. Each suite gets its own server and database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_PASSWORD } from '../../src/lib/server/seed/demo-accounts';

export { DEMO_PASSWORD };

export async function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => res(port));
		});
		srv.on('error', rej);
	});
}

export interface TestServer {
	url: string;
	dbPath: string;
	dir: string;
	process: ChildProcess;
	/** Opens the server's database read-write (WAL allows it beside the server). */
	db(): Database.Database;
	stop(): Promise<void>;
	/** Server output so far (for diagnosing failures). */
	output(): string;
}

/** `entry`: the script to run (another build's `index.js` for the non-production build of the CSRF suite). */
export async function startServer(env: Record<string, string> = {}, existing?: { dir: string; dbPath: string }, entry = 'server.mjs'): Promise<TestServer> {
	const dir = existing?.dir ?? mkdtempSync(join(tmpdir(), 'sansang-it-'));
	const dbPath = existing?.dbPath ?? join(dir, 'test.db');
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, [resolve(entry)], {
		env: {
			...process.env,
			DATABASE_URL: dbPath,
			SANSANG_DEMO: '1',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			NODE_ENV: 'production',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
		await new Promise((r) => setTimeout(r, 150));
	}
	return {
		url,
		dbPath,
		dir,
		process: child,
		db: () => new Database(dbPath),
		output: () => output,
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await new Promise((r) => child.once('exit', r));
			}
			if (!existing) rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Cookie header value from a response's Set-Cookie headers. */
export function cookiesFrom(res: Response): string {
	return res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.filter((c) => !c.endsWith('='))
		.join('; ');
}

/** Signs in through the real form action; returns the session cookie. */
export async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
	const res = await fetch(`${url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url, accept: 'text/html' },
		body: new URLSearchParams({ email, password, next: '/' })
	});
	const cookie = cookiesFrom(res);
	if (res.status !== 303 || !cookie.includes('sansang_session=')) throw new Error(`sign-in as ${email} failed: ${res.status}`);
	return cookie;
}

export async function get(url: string, path: string, cookie?: string): Promise<Response> {
	return fetch(url + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

export async function postForm(url: string, path: string, fields: Record<string, string | string[]>, cookie?: string): Promise<Response> {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
	return fetch(url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: url,
			// Without it SvelteKit answers as to an enhanced (fetch) post, in JSON; browsers send text/html.
			accept: 'text/html',
			...(cookie ? { cookie } : {})
		},
		body
	});
}

export async function postJson(url: string, path: string, body: unknown, cookie?: string): Promise<Response> {
	return fetch(url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: JSON.stringify(body)
	});
}
