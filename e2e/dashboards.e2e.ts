/**
 * Scorecards, the comparative dashboard, calibration and trends in Chromium, checking that what is on
 * screen matches the engine's stored results, in Vietnamese and English. Screenshots are kept in
 * e2e-artifacts/screenshots.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { accounts, signIn, switchLanguage } from './helpers';

const shots = (name: string) => resolve('e2e-artifacts/screenshots', `${name}.png`);

function db() {
	return new Database(resolve('e2e-artifacts/e2e.db'), { readonly: true });
}

interface Pillar {
	score: number | null;
	coverage: number | null;
}

function stored(sql: string, ...args: unknown[]) {
	const d = db();
	try {
		return d.prepare(sql).get(...args) as Record<string, unknown>;
	} finally {
		d.close();
	}
}

const oneDecimal = (v: number | null) => (v === null ? '—' : (Math.round(v * 10) / 10).toFixed(1));

test('the comparative dashboard shows the engine\'s results, filters by kind, and draws its charts with tables', async ({ page }) => {
	const round = stored('SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1').id as number;
	const dg = stored("SELECT framework_id AS id FROM assessments WHERE round_id = ? AND framework_id LIKE 'dg-%' LIMIT 1", round).id as string;
	await signIn(page, accounts.committee);
	await switchLanguage(page, 'vi');
	await page.goto(`/rounds/${round}/dashboard?framework=${dg}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng so sánh giữa các cơ quan, địa phương');
	const rows = page.locator('table.heatmap tbody tr');
	await expect(rows).toHaveCount(51);
	// Every validated or published ministry's DG-1 cell equals its stored final pillar score, rounded for display.
	const health = stored("SELECT a.id, s.result FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN score_cache s ON s.assessment_id = a.id WHERE o.code = 'bo-y-te' AND a.framework_id = ?", dg);
	const pillars = (JSON.parse(health.result as string).sources.final.pillars as Pillar[]).map((p) => oneDecimal(p.score));
	const healthRow = rows.filter({ has: page.getByRole('link', { name: 'Bộ Y tế', exact: true }) });
	await expect(healthRow.locator('td.cell')).toHaveText(pillars);
	// Names in Vietnamese order.
	const names = await rows.locator('th a').allInnerTexts();
	expect(names.indexOf('Cà Mau')).toBeLessThan(names.indexOf('Đà Nẵng'));
	await page.waitForTimeout(500);
	await page.screenshot({ path: shots('dashboard-dg-vi'), fullPage: true });

	// Filter: provinces only (28 in force).
	await page.locator('#kind').selectOption('province');
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(rows).toHaveCount(28);
	await expect(page.getByText('28 bài đánh giá')).toBeVisible();
	const distribution = page.locator('section', { has: page.getByRole('heading', { name: 'Phân bố theo mức' }) });
	await expect(distribution.locator('canvas')).toBeVisible();
	const counts = await distribution.locator('tbody tr').first().locator('td').allInnerTexts();
	expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(28);

	// The rank view is explicit and labelled.
	await page.locator('#order').selectOption('rank');
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page.locator('main p[role=note]')).toContainText('không phải một phần của phương pháp');

	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparative dashboard');
	await expect(page.locator('main p[role=note]')).toContainText('not part of the method');
	await page.screenshot({ path: shots('dashboard-dg-en-rank'), fullPage: true });
	await switchLanguage(page, 'vi');
});

test('the OD dashboard shows confirmed colours with overrides marked, and distributions by colour', async ({ page }) => {
	const round = stored('SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1').id as number;
	await signIn(page, accounts.committee);
	await page.goto(`/rounds/${round}/dashboard?framework=od-odra-3.1`);
	const danang = page.locator('table.heatmap tbody tr').filter({ has: page.getByRole('link', { name: 'Đà Nẵng', exact: true }) });
	const stored_ = stored("SELECT s.result FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN score_cache s ON s.assessment_id = a.id WHERE o.code = 'da-nang' AND a.framework_id = 'od-odra-3.1'");
	const dims = JSON.parse(stored_.result as string).dimensions as { bySource: { assessor: { confirmed: { colour: string; override: boolean } | null } } }[];
	const overridden = dims.filter((d) => d.bySource.assessor.confirmed?.override).length;
	await expect(danang.locator('td.cell [title="Khác gợi ý"]')).toHaveCount(overridden);
	await expect(page.getByText('Xám — chưa đủ thông tin').first()).toBeVisible();
	await page.screenshot({ path: shots('dashboard-od-vi'), fullPage: true });
});

test('an agency scorecard: radar, pillar scores and coverage match the engine; each opens its explanation', async ({ page }) => {
	const row = stored("SELECT a.id, s.result FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN score_cache s ON s.assessment_id = a.id WHERE o.code = 'ha-noi' AND a.framework_id LIKE 'dg-%' AND a.round_id = (SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1)");
	const final = JSON.parse(row.result as string).sources.final.pillars as Pillar[];
	await signIn(page, accounts.committee);
	await page.goto(`/assessments/${row.id}/scorecard`);
	await expect(page.locator('figure.chart canvas')).toBeVisible();
	const table = page.locator('section', { has: page.getByRole('heading', { name: 'Các trụ cột' }) }).locator('table');
	const firstRow = table.locator('tbody tr').first();
	await expect(firstRow.locator('td').nth(4)).toHaveText(oneDecimal(final[0].score));
	await firstRow.locator('xpath=following-sibling::tr[1]').locator('summary').click();
	await expect(page.getByText(/Σ\(trọng số × mức\)/).first()).toBeVisible();
	await page.screenshot({ path: shots('scorecard-vi'), fullPage: true });
	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
	await switchLanguage(page, 'vi');
});

test('calibration: one question across every organisation, with the three sources side by side', async ({ page }) => {
	const round = stored('SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1').id as number;
	await signIn(page, accounts.committee);
	await page.goto(`/rounds/${round}/calibration?framework=od-odra-3.1&question=OD-2.1`);
	await expect(page.getByRole('heading', { level: 2 })).toContainText('OD-2.1');
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(51);
	const answer = stored("SELECT ans.rating FROM answers ans JOIN assessments a ON a.id = ans.assessment_id JOIN organisations o ON o.id = a.organisation_id WHERE o.code = 'da-nang' AND a.framework_id = 'od-odra-3.1' AND ans.question_code = 'OD-2.1' AND ans.source = 'self'");
	const labels: Record<string, string> = { green: 'Xanh', yellow_green: 'Vàng/Xanh', yellow: 'Vàng', red_yellow: 'Đỏ/Vàng', red: 'Đỏ', grey: 'Xám — chưa đủ thông tin', na: 'Không áp dụng' };
	const danang = rows.filter({ has: page.getByRole('link', { name: 'Đà Nẵng', exact: true }) });
	if (answer?.rating) await expect(danang.locator('td').nth(0)).toContainText(labels[answer.rating as string]);
	await page.screenshot({ path: shots('calibration-vi'), fullPage: true });
});

test('a trend: a merged province beside the units it replaced, with a comparability warning between versions', async ({ page }) => {
	const phuTho = stored("SELECT id FROM organisations WHERE code = 'phu-tho'").id as number;
	await signIn(page, accounts.committee);
	await switchLanguage(page, 'vi');
	await page.goto(`/trends?organisation=${phuTho}&framework=dg`);
	const rows = page.locator('tbody tr');
	await expect(rows.filter({ hasText: 'Vĩnh Phúc' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'Hòa Bình' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'tiền thân' })).toHaveCount(3);
	await expect(page.locator('main p[role=note]')).toContainText('So sánh một phần');
	await expect(page.locator('main p[role=note]')).toContainText('DG-2.5');
	// Each unit keeps its own result: nothing is averaged across the merged provinces.
	const vinhPhuc = stored("SELECT s.result FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN score_cache s ON s.assessment_id = a.id WHERE o.code = 'vinh-phuc-2018' AND a.framework_id = 'dg-sansang-1.0'");
	const pillar = JSON.parse(vinhPhuc.result as string).sources.final.pillars[0] as Pillar;
	await expect(rows.filter({ hasText: 'Vĩnh Phúc' }).locator('td').nth(1)).toContainText(oneDecimal(pillar.score));
	await page.screenshot({ path: shots('trend-vi'), fullPage: true });
	await switchLanguage(page, 'en');
	await expect(page.locator('main p[role=note]')).toContainText('Partly comparable');
	await switchLanguage(page, 'vi');
});
