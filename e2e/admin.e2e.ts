/**
 * Notifications, the audit log and backups in real Chromium, in Vietnamese and English, on Tây Ninh (its
 * two assessments are in review in the demo round and no other browser test uses them): the assessors
 * return the work, the lead sees the unread notification and marks it read; an administrator filters the
 * audit log down to those returns and downloads it as CSV; then makes a backup and downloads it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn, switchLanguage } from './helpers';

const LEAD = 'tayninh.lanhdao@sansang.example';
const ASSESSOR_VI = 'chuyengia.tung@sansang.example';
const ASSESSOR_EN = 'expert.brennan@sansang.example';
const COMMENT_DG = 'Đề nghị bổ sung số liệu hồ sơ trực tuyến toàn trình năm 2026 (DG-2.1).';
const COMMENT_OD = 'Please add the open data catalogue and the decision naming the lead agency (OD-3).';

/** Today in Vietnam, as the date inputs want it. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function assessmentUrl(page: Page, organisation: RegExp, kind: 'dg' | 'od'): Promise<string> {
	await page.goto('/');
	const rows = page.locator('tbody tr', { hasText: organisation });
	for (let i = 0; i < (await rows.count()); i++) {
		const text = await rows.nth(i).innerText();
		if ((kind === 'dg' && /Chính phủ số|Digital government/.test(text)) || (kind === 'od' && /Dữ liệu mở|Open data/.test(text))) {
			const href = await rows.nth(i).locator('a').first().getAttribute('href');
			if (href) return href;
		}
	}
	throw new Error(`no ${kind} assessment of ${organisation} on the home page`);
}

/** The unread count in the header (0 when no badge is shown). */
async function unreadInHeader(page: Page): Promise<number> {
	const badge = page.locator('a.notifications-link .unread-count');
	return (await badge.count()) ? Number(await badge.innerText()) : 0;
}

/** An assessor, in their own browser, returns one of Tây Ninh's assessments with a comment. */
async function returnWork(browser: Browser, email: string, kind: 'dg' | 'od', comment: string, lang: 'vi' | 'en') {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	await switchLanguage(page, lang);
	await page.goto(await assessmentUrl(page, /Tây Ninh|Tay Ninh/, kind));
	await page.locator('#comment-return').fill(comment);
	await page.getByRole('button', { name: lang === 'vi' ? 'Trả lại để bổ sung' : 'Return for revision' }).click();
	await expect(page.locator('.assessment-head .badge')).toHaveText(lang === 'vi' ? 'Trả lại để bổ sung' : 'Returned');
	await context.close();
}

test.describe.serial('notifications, audit log and backups', () => {
	test('Vietnamese: the lead of Tây Ninh sees the return as an unread notification, marks it read, opens the assessment', async ({ page, browser }) => {
		await signIn(page, LEAD);
		await switchLanguage(page, 'vi');
		const before = await unreadInHeader(page);
		await returnWork(browser, ASSESSOR_VI, 'dg', COMMENT_DG, 'vi');

		await page.reload();
		await expect(page.locator('a.notifications-link .unread-count')).toHaveText(String(before + 1));
		await expect(page.locator('a.notifications-link')).toContainText(`${before + 1} thông báo chưa đọc`);
		await page.locator('a.notifications-link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo');
		await expect(page.getByRole('status').first()).toContainText(`Chưa đọc: ${before + 1}`);
		const item = page.locator('.notifications li', { hasText: 'Bài đánh giá Chính phủ số của Tây Ninh được trả lại để bổ sung' });
		await expect(item).toHaveCount(1);
		await expect(item.locator('.badge')).toHaveText('Chưa đọc');
		await expect(item).toContainText('Nhận xét kèm theo');
		await expect(item).toContainText(COMMENT_DG);
		await expect(item).toContainText('Đợt đánh giá: Đánh giá mức độ sẵn sàng Chính phủ số và dữ liệu mở năm 2026');

		await item.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
		await expect(page.getByRole('status').first()).toContainText('Đã đánh dấu là đã đọc.');
		await expect(item.locator('.badge')).toHaveCount(0);
		expect(await unreadInHeader(page)).toBe(before);

		await item.getByRole('link', { name: 'Mở bài đánh giá' }).click();
		await expect(page).toHaveURL(/\/assessments\/\d+$/);
		await expect(page.locator('.assessment-head .badge')).toHaveText('Trả lại để bổ sung');
		await expect(page.locator('main')).toContainText(COMMENT_DG);
	});

	test('English: the same lead sees the open-data return in English and marks everything read', async ({ page, browser }) => {
		await signIn(page, LEAD);
		await switchLanguage(page, 'en');
		const before = await unreadInHeader(page);
		await returnWork(browser, ASSESSOR_EN, 'od', COMMENT_OD, 'en');

		await page.reload();
		await expect(page.locator('a.notifications-link .unread-count')).toHaveText(String(before + 1));
		await page.getByRole('link', { name: /^Notifications/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
		const item = page.locator('.notifications li', { hasText: 'The Open data assessment of Tay Ninh was returned for revision' });
		await expect(item.locator('.badge')).toHaveText('Unread');
		await expect(item).toContainText('Comment sent with it');
		await expect(item).toContainText(COMMENT_OD);
		await expect(item).toContainText('Round: Digital government and open data readiness assessment 2026');
		// The Vietnamese one is there too, now in English.
		await expect(page.locator('.notifications li', { hasText: 'The Digital government assessment of Tay Ninh was returned for revision' })).toHaveCount(1);

		await page.getByRole('button', { name: 'Mark all as read' }).click();
		await expect(page.getByRole('status').first()).toContainText(`Notifications marked as read: ${before + 1}.`);
		await expect(page.getByRole('status').first()).toContainText('Unread: 0');
		await expect(page.locator('.notifications .badge')).toHaveCount(0);
		await expect(page.locator('a.notifications-link .unread-count')).toHaveCount(0);
	});

	test('Vietnamese: an administrator filters the audit log to the returns of today and downloads them as CSV', async ({ page }) => {
		await signIn(page, accounts.admin);
		await switchLanguage(page, 'vi');
		await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Nhật ký thay đổi' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký thay đổi');
		await page.getByLabel('Cơ quan, địa phương').selectOption({ label: 'Tây Ninh' });
		await page.getByLabel('Đối tượng').selectOption({ label: 'Bài đánh giá' });
		await page.getByLabel('Từ ngày').fill(today);
		await page.getByLabel('Đến ngày').fill(today);
		await page.getByRole('button', { name: 'Lọc' }).click();
		await expect(page).toHaveURL(/entity=assessment/);
		await expect(page.getByRole('status')).toHaveText('Số mục: 2');
		const rows = page.locator('tbody tr');
		await expect(rows).toHaveCount(2);
		const dgRow = rows.filter({ hasText: COMMENT_DG });
		await expect(dgRow).toContainText('Lê Thanh Tùng');
		await expect(dgRow).toContainText('Tây Ninh');
		await expect(dgRow).toContainText('Trả lại để bổ sung');
		await expect(dgRow.locator('.changes')).toContainText('Đang rà soát → Trả lại để bổ sung');

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV (theo bộ lọc)' }).click()]);
		expect(download.suggestedFilename()).toBe(`sansang-audit-${today}.csv`);
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines[0]).toBe('Thời điểm;Thời điểm (UTC);Người thực hiện;Thư điện tử;Cơ quan, địa phương;Đối tượng;Mã đối tượng;Thao tác;Trước;Sau');
		expect(lines).toHaveLength(3);
		expect(lines.every((l, i) => i === 0 || (l.includes(';Tây Ninh;Bài đánh giá;') && l.includes('Trả lại để bổ sung')))).toBe(true);
		expect(csv).toContain('Michael Brennan');
	});

	test('English: the same filters in English, and the CSV in English', async ({ page }) => {
		await signIn(page, accounts.admin);
		await switchLanguage(page, 'en');
		await page.goto('/admin/audit');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
		await page.getByLabel('Organisation').selectOption({ label: 'Tay Ninh' });
		await page.getByLabel('Entity').selectOption({ label: 'Assessment' });
		await page.getByLabel('From').fill(today);
		await page.getByRole('button', { name: 'Filter' }).click();
		await expect(page.getByRole('status')).toHaveText('Entries: 2');
		await expect(page.locator('tbody tr').filter({ hasText: COMMENT_OD })).toContainText('In review → Returned');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV (filtered)' }).click()]);
		const csv = readFileSync(await download.path(), 'utf8');
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines[0]).toBe('When,Time (UTC),User,Email,Organisation,Entity,Entity id,Action,Before,After');
		expect(lines.slice(1).every((l) => l.includes(',Tay Ninh,Assessment,') && l.includes('Return for revision'))).toBe(true);
		// A filter that is not a day is refused next to its field, not silently ignored.
		await page.goto('/admin/audit?from=2026-02-30');
		await expect(page.locator('.field-error')).toHaveText('Enter a valid date (YYYY-MM-DD).');
	});

	test('Vietnamese and English: an administrator makes a backup, sees it listed and downloads it', async ({ page }) => {
		await signIn(page, accounts.admin);
		await switchLanguage(page, 'vi');
		await page.getByRole('link', { name: 'Sao lưu', exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sao lưu');
		await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
		const notice = page.locator('.notice[role="status"]');
		await expect(notice).toContainText('kiểm tra toàn vẹn: đạt');
		const name = /sansang-\d{8}T\d{6}Z(?:-\d+)?\.db/.exec(await notice.innerText())![0];
		const row = page.locator('tbody tr', { hasText: name });
		await expect(row).toContainText(/\d+(,\d)? MB|\d+ kB/);
		const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: `Tải xuống ${name}` }).click()]);
		expect(download.suggestedFilename()).toBe(name);
		expect(readFileSync(await download.path()).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

		await switchLanguage(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backups');
		await page.getByRole('button', { name: 'Back up now' }).click();
		await expect(notice).toContainText('integrity check passed');
		const second = /sansang-\d{8}T\d{6}Z(?:-\d+)?\.db/.exec(await notice.innerText())![0];
		expect(second).not.toBe(name);
		await expect(page.locator('tbody tr').first()).toContainText(second);
		const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download ${second}` }).click()]);
		expect(again.suggestedFilename()).toBe(second);
		await expect(page.getByRole('heading', { name: 'Restoring' })).toBeVisible();
	});
});
