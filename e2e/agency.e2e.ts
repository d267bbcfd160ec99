/**
 * The spreadsheet round-trip in real Chromium, as Bộ Tài chính's lead would do it: download the workbook
 * of the DG self-evaluation (in progress), change three answers in the spreadsheet (picking labels from
 * the drop-down list, written here with exceljs), upload it, read the summary and see the answers on the
 * questionnaire — in Vietnamese, then in English. Then the paper form in both languages.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn, switchLanguage } from './helpers';

const ANSWER = 9;
const COMMENT = 11;

async function openAssessment(page: Page): Promise<string> {
	await page.goto('/');
	const href = await page.locator('tbody tr', { hasText: /Chính phủ số|Digital government/ }).first().locator('a').first().getAttribute('href');
	expect(href).toMatch(/^\/assessments\/\d+$/);
	await page.goto(href!);
	return href!;
}

/** Downloads the workbook from the tab and changes three answers, as a person would in a spreadsheet. */
async function downloadAndEdit(page: Page, downloadLabel: string, codes: string[], comment: string, file: string) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: downloadLabel }).click()]);
	expect(download.suggestedFilename()).toBe('sansang-2026-bo-tai-chinh-dg-sansang-1-1-self.xlsx');
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile((await download.path())!);
	// The drop-down's choices, in the language the workbook was downloaded in.
	const choices = (wb.getWorksheet('_lists')!.getColumn(1).values as string[]).filter(Boolean);
	const chosen: Record<string, string> = {};
	for (const code of codes) {
		const ws = wb.getWorksheet(code.split('.')[0])!;
		const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === code)!;
		// Level 1 unless it already is; then level 4.
		const pick = row.getCell(ANSWER).value === choices[0] ? 3 : 0;
		row.getCell(ANSWER).value = choices[pick];
		row.getCell(COMMENT).value = comment;
		chosen[code] = String(pick + 1);
	}
	writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
	return { chosen, choices };
}

async function expectOnScreen(page: Page, href: string, chosen: Record<string, string>, comment: string) {
	const section = Object.keys(chosen)[0].split('.')[0];
	await page.goto(`${href}/s/${section}`);
	for (const [code, level] of Object.entries(chosen)) {
		await expect(page.locator(`input[name="rating.${code}"][value="${level}"]`)).toBeChecked();
		await expect(page.locator(`#comment-${code.replace('.', '\\.')}`)).toHaveValue(comment);
	}
}

test('the lead downloads the workbook, changes three answers offline, uploads it and sees them on screen — in Vietnamese and in English', async ({ page }, testInfo) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.leadA);
	const href = await openAssessment(page);

	await page.getByRole('link', { name: 'Bảng tính và bản in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng tính và bản in');
	const vi = testInfo.outputPath('bang-tinh.xlsx');
	const edited = await downloadAndEdit(page, 'Tải bảng tính (XLSX)', ['DG-2.5', 'DG-2.6', 'DG-2.7'], 'Cập nhật từ bảng tính', vi);
	expect(edited.choices).toEqual(['Mức 1 – Khởi đầu', 'Mức 2 – Đang phát triển', 'Mức 3 – Xác lập', 'Mức 4 – Tối ưu', 'Không rõ', 'Không áp dụng']);
	await page.getByLabel('Bảng tính đã điền').setInputFiles(vi);
	await page.getByRole('button', { name: 'Tải lên và cập nhật câu trả lời' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Đã cập nhật 3 câu trả lời, 0 xung đột, \d+ câu không thay đổi\.$/);
	await page.getByRole('link', { name: 'Xem các câu trả lời trên màn hình' }).click();
	await expect(page).toHaveURL(/\/s\/DG-1$/);
	await expectOnScreen(page, href, edited.chosen, 'Cập nhật từ bảng tính');

	await switchLanguage(page, 'en');
	await page.goto(`${href}/workbook/upload`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spreadsheet and print');
	const en = testInfo.outputPath('workbook.xlsx');
	const again = await downloadAndEdit(page, 'Download the workbook (XLSX)', ['DG-3.3', 'DG-3.4', 'DG-3.5'], 'Updated from the workbook', en);
	expect(again.choices).toEqual(['Level 1 – Initial', 'Level 2 – Developing', 'Level 3 – Defined', 'Level 4 – Optimised', "Don't know", 'Not applicable']);
	await page.getByLabel('Filled-in workbook').setInputFiles(en);
	await page.getByRole('button', { name: 'Upload and update the answers' }).click();
	await expect(page.getByRole('status')).toHaveText(/^3 answers updated, 0 conflicts, \d+ unchanged\.$/);
	await expectOnScreen(page, href, again.chosen, 'Updated from the workbook');

	// The Vietnamese file again: its answers are still those on the server, nothing to change.
	await page.goto(`${href}/workbook/upload`);
	await page.getByLabel('Filled-in workbook').setInputFiles(vi);
	await page.getByRole('button', { name: 'Upload and update the answers' }).click();
	await expect(page.getByRole('status')).toHaveText(/^0 answers updated, 0 conflicts, \d+ unchanged\.$/);
});

test('a workbook that is not ours is refused with a precise message, in both languages', async ({ page }, testInfo) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.respondentA);
	const href = await openAssessment(page);
	const file = testInfo.outputPath('khac.xlsx');
	const other = new ExcelJS.Workbook();
	other.addWorksheet('DG-1').addRow(['DG-1.1', 'Mức 3']);
	await other.xlsx.writeFile(file);
	await page.goto(`${href}/workbook/upload`);
	await page.getByLabel('Bảng tính đã điền').setInputFiles(file);
	await page.getByRole('button', { name: 'Tải lên và cập nhật câu trả lời' }).click();
	await expect(page.getByRole('alert')).toHaveText('Bảng tính chưa được tiếp nhận, không câu trả lời nào được lưu. Có 1 lỗi cần sửa:');
	await expect(page.getByRole('list', { name: 'Các lỗi trong bảng tính' })).toContainText('Bảng tính này không do Sẵn Sàng tạo ra');
	await switchLanguage(page, 'en');
	await page.getByLabel('Filled-in workbook').setInputFiles(file);
	await page.getByRole('button', { name: 'Upload and update the answers' }).click();
	await expect(page.getByRole('list', { name: 'Problems in the workbook' })).toContainText('This workbook was not made by Sẵn Sàng');
});

test('the paper questionnaire: A4, blank or with the answers, with the lead’s sign-off block, in both languages', async ({ page }) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.leadA);
	const href = await openAssessment(page);
	await page.goto(`${href}/workbook/upload`);
	await page.getByRole('link', { name: 'Phiếu kèm câu trả lời hiện tại' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phiếu tự đánh giá');
	await expect(page.getByRole('heading', { name: 'Xác nhận của lãnh đạo cơ quan, đơn vị' })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Đóng dấu' })).toBeVisible();
	await expect(page.locator('.chosen').first()).toContainText('☒');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.assessment-head')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await switchLanguage(page, 'en');
	await page.goto(`${href}/print?blank=1`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questionnaire (blank form)');
	await expect(page.getByRole('heading', { name: 'Sign-off by the organisation lead' })).toBeVisible();
	await expect(page.locator('.chosen')).toHaveCount(0);
	const res = await page.request.get(`${href}/print.pdf?blank=1`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/pdf');
});
