/**
 * Keeps `npm run bench` working: the smoke version (`--smoke`: 200 synthetic assessments, 1-second load
 * runs, no Lighthouse) against the current build. Asserts the table, never timings — a noisy machine must
 * not turn CI red (BUDGETS.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Row {
	id: string;
	measured: string;
	status: string;
	value?: number;
}

describe('benchmark smoke run', () => {
	it('prints every row with a figure, and the engine agrees with the reference SQL', { timeout: 240_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'sansang-bench-smoke-'));
		try {
			const json = join(dir, 'bench.json');
			const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--no-build', '--json', json], { encoding: 'utf8', timeout: 230_000 });
			expect(run.status, run.stderr).toBe(0);
			const table = run.stdout;
			const rows = (JSON.parse(readFileSync(json, 'utf8')) as { rows: Row[] }).rows;
			for (const id of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7']) {
				const row = rows.find((r) => r.id === id);
				expect(row, `row ${id}`).toBeDefined();
				expect(table).toMatch(new RegExp(`^\\| ${id} +\\|`, 'm'));
				if (row!.status === 'skipped') {
					// Lighthouse and the PDF need Chromium and minutes: the smoke run says so in the row.
					expect(['W5', 'W6', 'W7']).toContain(id);
					expect(row!.measured).toMatch(/smoke|Chromium/);
				} else {
					expect(row!.status, `${id}: ${row!.measured}`).not.toBe('error');
					expect(Number.isFinite(row!.value), `${id} has a figure`).toBe(true);
				}
			}
			const p4 = rows.find((r) => r.id === 'P4')!;
			expect(p4.measured).toContain('identical: yes');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
