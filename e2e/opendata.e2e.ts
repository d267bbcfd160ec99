/**
 * Downloads in real Chromium: what a person gets when they follow a "Download CSV/XLSX" link (the
 * dashboard and scorecard screens add those links), in Vietnamese and in English, and the public open
 * data anyone can fetch.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { accounts, signIn, switchLanguage } from './helpers';
import { parseCsv } from '../src/lib/server/exports/csv';
import { readXlsx } from '../src/lib/server/exports/xlsx';

/** Follows a link from the current page, as a person clicking "Download" does. */
async function follow(page: Page, href: string): Promise<Download> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.evaluate((h) => {
			const a = document.createElement('a');
			a.href = h;
			document.body.append(a);
			a.click();
		}, href)
	]);
	return download;
}

const bytesOf = async (download: Download) => readFileSync((await download.path())!);

async function roundId(page: Page): Promise<number> {
	const res = await page.request.get('/api/v1/rounds');
	const body = await res.json();
	return body.rounds.find((r: { year: number }) => r.year === 2026).id;
}

test('the committee downloads the dashboard heatmap as a workbook in Vietnamese, then the gaps as CSV in English', async ({
	page
}) => {
	await signIn(page, accounts.committee);
	await switchLanguage(page, 'vi');
	const round = await roundId(page);

	const xlsx = await follow(
		page,
		`/rounds/${round}/dashboard/export?framework=od-odra-3.1&view=heatmap&format=xlsx`
	);
	expect(xlsx.suggestedFilename()).toBe('sansang-2026-od-odra-3-1-heatmap.xlsx');
	const [heatmap, about] = await readXlsx(await bytesOf(xlsx));
	expect(heatmap.name).toBe('Bản đồ nhiệt');
	expect(heatmap.rows[0].slice(0, 5)).toEqual([
		'Cơ quan, đơn vị',
		'Loại hình',
		'Vùng',
		'Trạng thái',
		'OD-1 Màu xếp loại'
	]);
	const health = heatmap.rows.find((r) => r[0] === 'Bộ Y tế');
	expect(health?.[3]).toBe('Đã công bố');
	// A published OD assessment has a final colour for every dimension, named in Vietnamese.
	expect(['Xanh', 'Vàng/Xanh', 'Vàng', 'Đỏ/Vàng', 'Đỏ', 'Xám — chưa đủ thông tin']).toContain(health?.[4]);
	expect(about.rows.flat()).toContain('Dữ liệu minh họa');

	await switchLanguage(page, 'en');
	const csv = await follow(
		page,
		`/rounds/${round}/dashboard/export?framework=dg-sansang-1.1&view=gaps&format=csv`
	);
	expect(csv.suggestedFilename()).toBe('sansang-2026-dg-sansang-1-1-gaps.csv');
	const bytes = await bytesOf(csv);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parseCsv(bytes.toString('utf-8'), ',');
	expect(header).toEqual([
		'Code',
		'Pillar / dimension',
		'Questions compared',
		'Rating gaps',
		'Information gaps'
	]);
	expect(rows).toHaveLength(7);
	expect(rows[0][1]).toBe('Leadership and governance');
});

test('a respondent downloads their own assessment: their ratings, nothing of the assessor before publication', async ({
	page
}) => {
	await signIn(page, accounts.respondentA);
	await switchLanguage(page, 'vi');
	const row = page.locator('tbody tr', { hasText: 'Chính phủ số' }).first();
	const href = await row.locator('a').first().getAttribute('href');
	const csv = await follow(page, `${href}/export?format=csv`);
	expect(csv.suggestedFilename()).toBe('sansang-2026-bo-tai-chinh-dg-sansang-1-1-questions.csv');
	const [header, ...rows] = parseCsv((await bytesOf(csv)).toString('utf-8'), ';');
	expect(header).toEqual([
		'Mã',
		'Trụ cột / khía cạnh',
		'Câu hỏi',
		'Phạm vi',
		'Tự đánh giá',
		'Độ tin cậy của minh chứng'
	]);
	expect(rows.some((r) => r[4].startsWith('Mức '))).toBe(true);

	await switchLanguage(page, 'en');
	const xlsx = await follow(page, `${href}/export?format=xlsx`);
	const sheets = await readXlsx(await bytesOf(xlsx));
	expect(sheets.map((s) => s.name)).toEqual(['Questions', 'Pillar scores', 'Radar', 'About']);
	expect(sheets[0].rows[0]).not.toContain('Assessor');
	expect(sheets[1].rows.slice(1).every((r) => r[0] === 'Self-rating')).toBe(true);
});

test('anyone reads the published results as open data, with the licence and the demo flag', async ({
	page
}) => {
	await page.goto('/api/v1/rounds');
	await expect(page.locator('body')).toContainText('"licence":{"id":"CC-BY-4.0"');
	await expect(page.locator('body')).toContainText('"demo":true');
	const round = await roundId(page);
	const res = await page.request.get(`/api/v1/rounds/${round}/results.json`);
	const body = await res.json();
	const health = body.results.find(
		(r: { organisation: { code: string }; framework: { id: string } }) =>
			r.organisation.code === 'bo-y-te' && r.framework.id === 'od-odra-3.1'
	);
	expect(health.organisation.name).toEqual({ vi: 'Bộ Y tế', en: 'Ministry of Health' });
	expect(health.dimensions).toHaveLength(8);
	expect(body.results.some((r: { organisation: { code: string } }) => r.organisation.code === 'ha-noi')).toBe(
		false
	);
	const csv = await follow(page, `/api/v1/rounds/${round}/results.csv`);
	const text = (await bytesOf(csv)).toString('utf-8');
	expect(text.charCodeAt(0)).not.toBe(0xfeff);
	expect(text.split('\r\n')[0]).toMatch(/^round_id,round_year,organisation_code,/);
});
