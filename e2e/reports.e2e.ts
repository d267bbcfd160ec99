/**
 * Reports in Chromium: an assessor drafts Bộ Tư pháp's report from the data, edits an action, freezes it;
 * the report page loads no script; its PDF is a real multi-page document with Vietnamese text, chart
 * captions and axis labels as text; the organisation reads its final report; the national synthesis reads
 * in Vietnamese and in English.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { accounts, signIn, signOut, switchLanguage } from './helpers';

const ROUND = 'Đánh giá mức độ sẵn sàng Chính phủ số và dữ liệu mở năm 2026';

async function openRoundReports(page: Page) {
	await page.goto('/rounds');
	await page.getByRole('link', { name: ROUND }).first().click();
	await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo' })).toBeVisible();
}

/** Every page's text of a PDF, NFC-normalised. */
async function pdfText(path: string): Promise<{ pages: number; text: string[] }> {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
	const text: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		text.push(
			content.items
				.map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : ''))
				.join('')
				.normalize('NFC')
				.replace(/\s+/g, ' ')
		);
	}
	return { pages: doc.numPages, text };
}

test('an assessor drafts, edits and freezes an agency report; it prints to PDF with Vietnamese text and chart labels', async ({ page }) => {
	await signIn(page, accounts.assessor);
	await switchLanguage(page, 'vi');
	await openRoundReports(page);

	await page.getByRole('button', { name: 'Tạo dự thảo — Bộ Tư pháp' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã tạo dự thảo báo cáo từ số liệu.');
	const report = page.locator('article.report');
	await expect(report.getByRole('heading', { level: 1 })).toHaveText('Báo cáo đánh giá mức độ sẵn sàng');
	await expect(report.locator('.subject')).toHaveText('Bộ Tư pháp');
	await expect(report.getByText('DỰ THẢO — chưa phải bản chính thức')).toBeVisible();
	await expect(report.getByRole('heading', { name: 'Kế hoạch hành động' })).toBeVisible();
	await expect(report.getByText(/là bản điều chỉnh của Sẵn Sàng dựa trên cấu trúc 7 trụ cột/)).toBeVisible();
	await expect(report.locator('.disclaimer')).toContainText('không phải là kết quả thẩm định pháp lý');
	const reportUrl = page.url().replace(/\?.*$/, '');

	// The report page ships no JavaScript.
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto(reportUrl);
	await expect(report).toBeVisible();
	expect(scripts).toEqual([]);
	expect(await page.locator('script').count()).toBe(0);

	// Edit the first action of the plan: its cost and responsible body.
	await page.getByRole('link', { name: 'Sửa dự thảo' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sửa dự thảo báo cáo' })).toBeVisible();
	const action = page.locator('article.item').filter({ has: page.getByLabel('Ước tính chi phí') }).first();
	await action.getByLabel('Ước tính chi phí').fill('300 triệu đồng (ngân sách 2027)');
	await action.getByLabel('Cơ quan chịu trách nhiệm (tiếng Việt)').fill('Vụ Kế hoạch – Tài chính, Bộ Tư pháp');
	await action.getByRole('button', { name: 'Lưu đoạn này' }).click();
	await expect(action.getByRole('status')).toHaveText('Đã lưu.');

	await page.goto(reportUrl);
	const plan = report.locator('table.plan');
	await expect(plan.getByRole('row').nth(1)).toContainText('300 triệu đồng (ngân sách 2027)');
	await expect(plan.getByRole('row').nth(1)).toContainText('Vụ Kế hoạch – Tài chính, Bộ Tư pháp');
	await expect(report.getByRole('img', { name: 'Lộ trình thực hiện' })).toBeVisible();

	// Freeze as final.
	await page.getByRole('button', { name: 'Chốt bản chính thức' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã chốt bản chính thức.');
	await expect(report.getByText('Chính thức · Lần 1')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sửa dự thảo' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Bắt đầu dự thảo mới' })).toBeVisible();

	// The PDF: the same document, several A4 pages, text extractable with its diacritics.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải PDF' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^bao-cao-bo-tu-phap-r1\.pdf$/);
	const path = test.info().outputPath('report.pdf');
	await download.saveAs(path);
	const pdf = await pdfText(path);
	expect(pdf.pages).toBeGreaterThan(1);
	const all = pdf.text.join('\n');
	expect(pdf.text[0]).toContain('Bộ Tư pháp');
	expect(all).toContain('Báo cáo đánh giá mức độ sẵn sàng');
	expect(all).toContain('300 triệu đồng (ngân sách 2027)');
	// Chart captions and axis labels are text, not pictures.
	expect(all).toContain('Biểu đồ radar điểm các trụ cột (1–4)');
	expect(all).toContain('DG-1 Lãnh đạo');
	expect(all).toContain('Lộ trình thực hiện');
	// Running header and page numbers on the pages after the cover.
	expect(pdf.text[1]).toMatch(/Bộ Tư pháp · Báo cáo đánh giá mức độ sẵn sàng/);
	expect(pdf.text[1]).toMatch(new RegExp(`Trang 2 / ${pdf.pages}`));

	// In English, framework texts and headings follow the reader; the organisation keeps its English name.
	await switchLanguage(page, 'en');
	await expect(report.getByRole('heading', { level: 1 })).toHaveText('Readiness assessment report');
	await expect(report.locator('.subject')).toHaveText('Ministry of Justice');
	await expect(report.getByRole('heading', { name: 'Action plan' })).toBeVisible();
	await switchLanguage(page, 'vi');
	await signOut(page);

	// Bộ Tư pháp's results are published: its people now read the final report.
	await signIn(page, 'tuphap.lanhdao@sansang.example');
	await openRoundReports(page);
	await page.getByRole('row', { name: /Bộ Tư pháp/ }).getByRole('link', { name: 'Lần 1' }).click();
	await expect(report.locator('.subject')).toHaveText('Bộ Tư pháp');
	await expect(page.getByRole('link', { name: 'Sửa dự thảo' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Chốt bản chính thức' })).toHaveCount(0);
});

test('the national synthesis reads in Vietnamese and English, with its distribution charts, their tables and the heatmap', async ({ page }) => {
	await signIn(page, accounts.committee);
	await switchLanguage(page, 'vi');
	await openRoundReports(page);
	await page.locator('section[aria-labelledby="national-heading"]').getByRole('link', { name: 'Lần 1' }).click();
	const report = page.locator('article.report');
	await expect(report.getByRole('heading', { level: 1 })).toHaveText('Báo cáo tổng hợp quốc gia về mức độ sẵn sàng');
	await expect(report.getByRole('img', { name: 'Phân bố các cơ quan theo mức độ ở từng trụ cột' })).toBeVisible();
	await expect(report.getByRole('img', { name: 'Phân bố các cơ quan theo mức độ ở từng khía cạnh' })).toBeVisible();
	await expect(report.getByRole('heading', { name: 'Khuyến nghị chung cho nhiều cơ quan' })).toBeVisible();
	// The heatmap lists every organisation of the round.
	const heat = report.locator('table.heatmap').first();
	await expect(heat.getByRole('row')).toHaveCount(52);
	await expect(heat.getByRole('rowheader', { name: 'Đà Nẵng' })).toBeVisible();
	await page.screenshot({ path: 'e2e-artifacts/screenshots/report-national-vi.png', fullPage: false });

	await switchLanguage(page, 'en');
	await expect(report.getByRole('heading', { level: 1 })).toHaveText('National readiness synthesis report');
	await expect(report.getByRole('img', { name: 'Organisations by level in each pillar' })).toBeVisible();
	await expect(report.getByRole('heading', { name: 'Cross-cutting recommendations' })).toBeVisible();
	await expect(report.locator('table.heatmap').first().getByRole('rowheader', { name: 'Da Nang' })).toBeVisible();
	// The distribution's table carries the same numbers as the chart: each row adds up to every organisation.
	const rows = report.locator('table.dist').first().locator('tbody tr');
	const first = (await rows.first().locator('td').allTextContents()).map(Number);
	expect(first.reduce((a, b) => a + b, 0)).toBe(51);
	await page.screenshot({ path: 'e2e-artifacts/screenshots/report-national-en.png', fullPage: false });
	await switchLanguage(page, 'vi');
});
