/**
 * The server the browser tests run against: the production build, on a fresh demo database, on loopback.
 * A short sign-in window lets the rate-limit test see sign-in work again without waiting 15 minutes.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('e2e-artifacts');
mkdirSync(dir, { recursive: true });
const db = resolve(dir, 'e2e.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	DATABASE_URL: db,
	SANSANG_DEMO: '1',
	PORT: port,
	HOST: '127.0.0.1',
	ORIGIN: `http://127.0.0.1:${port}`,
	LOGIN_WINDOW_SECONDS: process.env.LOGIN_WINDOW_SECONDS ?? '8',
	LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
	LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
	NODE_ENV: 'production'
});
await import(resolve('server.mjs'));
