/**
 * `npm run audit` (BUDGETS.md S10): `npm audit --omit=dev` where the advisory service answers. Prints the
 * high and critical advisories of runtime dependencies and exits 1 when there are any; exits 0 with a plain
 * sentence when the service cannot be reached (our machines reach the registry but not its advisory
 * endpoint), so that is never mistaken for "no advisories". Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
	report = JSON.parse(run.stdout || '{}');
} catch {
	report = {};
}
const unreachable = !report.metadata || report.error || /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|405|audit endpoint returned an error/i.test(run.stderr ?? '');
if (unreachable) {
	const why = report.message ?? report.error?.summary ?? (run.stderr ?? '').split('\n').find((l) => /audit/i.test(l))?.trim() ?? 'no answer';
	console.log(`npm audit: the advisory service could not be reached (${why}); runtime dependencies were NOT checked. Run again where registry.npmjs.org's advisory endpoint answers.`);
	process.exit(0);
}
const counts = report.metadata.vulnerabilities ?? {};
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
console.log(
	`npm audit (runtime dependencies, ${report.metadata.dependencies?.prod ?? '?'} packages): ` +
		['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')
);
for (const v of serious) console.log(`  ${v.severity}: ${v.name} ${v.range} — ${[v.via].flat().map((x) => (typeof x === 'string' ? x : x.title)).join('; ')}`);
if (serious.length) {
	console.log('Fix these or explain them in docs/security.md.');
	process.exit(1);
}
