import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, signIn, get, cookiesFrom, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
	server = await startServer({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_WINDOW_SECONDS: '3' });
});
afterAll(async () => server?.stop());

describe('headers (S8) and cookies (S3)', () => {
	it('pages carry a nonce-based CSP that forbids framing, nosniff and a referrer policy', async () => {
		const res = await get(server.url, '/login');
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		const html = await res.text();
		const nonce = csp.match(/'nonce-([^']+)'/)![1];
		expect(html).toContain(`nonce="${nonce}"`);
	});

	it('signed-in pages are never cached; the session cookie is HttpOnly and SameSite=Lax', async () => {
		const res = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ email: 'uyban@sansang.example', password: 'sansang-demo-2026', next: '/' })
		});
		const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('sansang_session='))!;
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);
		const cookie = setCookie.split(';')[0];
		const home = await get(server.url, '/', cookie);
		expect(home.status).toBe(200);
		expect(home.headers.get('cache-control')).toBe('no-store');
	});

	it('a sign-in always issues a new session token, even to a browser presenting one (no fixation)', async () => {
		const first = await signIn(server.url, 'chuyengia@sansang.example');
		const res = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html', cookie: first },
			body: new URLSearchParams({ email: 'chuyengia@sansang.example', password: 'sansang-demo-2026', next: '/' })
		});
		const second = cookiesFrom(res);
		expect(second).toMatch(/sansang_session=[A-Za-z0-9_-]{22,}/);
		expect(second).not.toBe(first);
	});

	it('/healthz says the database is reachable and migrations are current', async () => {
		const res = await get(server.url, '/healthz');
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ status: 'ok', database: 'reachable', migrations: { current: true } });
	});
});

describe('sign-in limits over HTTP (S5)', () => {
	it('repeated failures get 429 with Retry-After, and sign-in works again after the window', async () => {
		const attempt = (password: string) =>
			fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html' },
				body: new URLSearchParams({ email: 'expert@sansang.example', password, next: '/' })
			});
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await attempt('wrong password')).status);
		expect(statuses).toEqual([400, 400, 400, 429]);
		const refused = await attempt('sansang-demo-2026');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 3500));
		expect(await signIn(server.url, 'expert@sansang.example')).toContain('sansang_session=');
	});
});

describe('a production deployment (S3, S4)', () => {
	let prod: TestServer;
	const origin = 'https://sansang.example.gov.vn';
	beforeAll(async () => {
		prod = await startServer({ SANSANG_DEMO: '', ORIGIN: origin });
	});
	afterAll(async () => prod?.stop());

	it('has no account, so no default password, until an administrator is created by command', async () => {
		const db = prod.db();
		expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
		db.close();
		const res = await fetch(`${prod.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
			body: new URLSearchParams({ email: 'quantri@sansang.example', password: 'sansang-demo-2026', next: '/' })
		});
		expect(res.status).toBe(400);
	});

	it('marks cookies Secure behind an https origin', async () => {
		const res = await fetch(`${prod.url}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
			body: new URLSearchParams({ lang: 'en', redirectTo: '/' })
		});
		const cookies = res.headers.getSetCookie();
		expect(cookies.length).toBeGreaterThan(0);
		for (const c of cookies) expect(c).toMatch(/;\s*Secure/i);
	});
});
