/**
 * `npm start`: build if the sources changed since the last build, then serve the app on a demo database
 * (created, migrated and seeded on first run; reused afterwards), and print the URL and the demo sign-ins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../src/lib/server/db';
import { demoAccounts, DEMO_PASSWORD } from '../src/lib/server/seed/demo-accounts';

const inputs = ['src', 'messages', 'drizzle', 'static', 'project.inlang/settings.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
const stampFile = 'build/.source-hash';

function hashTree(): string {
	const hash = createHash('sha256');
	const visit = (path: string) => {
		if (!existsSync(path) || path.includes('paraglide')) return;
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) visit(join(path, name));
		} else {
			hash.update(path).update(readFileSync(path));
		}
	};
	inputs.forEach(visit);
	return hash.digest('hex');
}

const sourceHash = hashTree();
const built = existsSync('build/index.js') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceHash;
if (!built) {
	console.log('Building Sẵn Sàng…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(stampFile, sourceHash);
}

const port = process.env.PORT ?? '3000';
const env = {
	...process.env,
	DATABASE_URL: process.env.DATABASE_URL ?? 'data/sansang.db',
	SANSANG_DEMO: process.env.SANSANG_DEMO ?? '1',
	PORT: port
};
const server = spawn(process.execPath, ['server.mjs'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
for (let i = 0; i < 120; i++) {
	try {
		const res = await fetch(`${url}/healthz`);
		if (res.ok) break;
	} catch {
		// not listening yet
	}
	await new Promise((r) => setTimeout(r, 500));
}

const db = connect(env.DATABASE_URL, { readonly: true });
const demo = (db.prepare("SELECT value FROM meta WHERE key = 'demo'").get() as { value: string } | undefined)?.value === 'true';
db.close();
console.log(`\nSẵn Sàng is running at ${url}  (database: ${env.DATABASE_URL})`);
if (demo) {
	console.log(`\nDemo sign-ins (fictional people), password for all: ${DEMO_PASSWORD}`);
	for (const a of demoAccounts) console.log(`  ${a.email.padEnd(36)} ${a.role}${a.isLead ? ' (organisation lead)' : ''}${a.organisation ? ` — ${a.organisation}` : ''}`);
}
console.log('\nPress Ctrl+C to stop.');
