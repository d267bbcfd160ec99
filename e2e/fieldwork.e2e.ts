import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { accounts, signIn, switchLanguage } from './helpers';

/**
 * Fieldwork in the demo 2026 round: the assessor of Bộ Tài chính records an interview, links it to a
 * question, marks an information request received and writes a dataset fact sheet; a respondent of Bộ Tài
 * chính is kept out of the interviews and reads the checklist.
 */

/** The demo round and Bộ Tài chính, read from the server's database (no page lists rounds yet). */
function demo() {
	const db = new Database(resolve('e2e-artifacts/e2e.db'), { readonly: true, fileMustExist: true });
	try {
		const one = (sql: string) => (db.prepare(sql).get() as { id: number } | undefined)?.id ?? 0;
		return {
			round: one('SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1'),
			orgA: one("SELECT id FROM organisations WHERE code = 'bo-tai-chinh'")
		};
	} finally {
		db.close();
	}
}

const counts = async (page: Page) => {
	const text = (await page.getByTestId('request-counts').textContent()) ?? '';
	const [received] = text.match(/\d+/g)!.map(Number);
	return received;
};

test.describe.configure({ mode: 'serial' });

let interviewPath = '';
let itemCode = '';

test('an assessor records an interview, links it to a question, updates the checklist and writes a fact sheet', async ({ page }) => {
	const { round, orgA } = demo();
	expect(round).toBeGreaterThan(0);
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.assessor);

	// Record an interview with one team member present: the method wants two, so a warning shows.
	await page.goto(`/rounds/${round}/interviews`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phỏng vấn');
	await page.getByRole('link', { name: 'Ghi biên bản phỏng vấn' }).click();
	await page.getByLabel('Ngày phỏng vấn').fill('2026-04-06');
	await page.getByRole('checkbox', { name: 'Bộ Tài chính' }).check();
	await page.getByRole('radio', { name: 'Cơ quan nắm giữ dữ liệu' }).check();
	await expect(page.getByText('không ghi họ tên')).toBeVisible();
	await page.getByLabel('Vai trò, chức danh người được phỏng vấn').fill('Phó Cục trưởng Cục Tin học và Thống kê tài chính');
	await page.getByLabel('Đơn vị công tác').fill('Bộ Tài chính');
	const team = page.getByRole('group', { name: 'Thành viên đoàn đánh giá tham dự' });
	await team.getByRole('checkbox', { name: /Phạm Thu Hà/ }).uncheck();
	await team.getByRole('checkbox', { name: /Nguyễn Đức Anh/ }).check();
	await page.getByRole('checkbox', { name: /^OD-4 · / }).check();
	await page.getByLabel('Nội dung biên bản').fill('Cục đang xây dựng danh mục dữ liệu mở; chưa có kế hoạch công bố.');
	await page.getByRole('button', { name: 'Tạo', exact: true }).click();
	await expect(page.getByText('Đã ghi biên bản phỏng vấn.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phỏng vấn ngày 6 thg 4, 2026');
	await expect(page.getByTestId('team-warning')).toContainText('Mới có 1 thành viên');
	interviewPath = new URL(page.url()).pathname;
	await page.goto(`/rounds/${round}/interviews`);
	const row = page.locator(`tr[data-interview="${interviewPath.split('/').pop()}"]`);
	await expect(row).toContainText('Dưới 2 thành viên');
	await expect(row).not.toContainText('Cục đang xây dựng');

	// A second member present: the warning goes, on the page and in the list.
	await page.goto(interviewPath);
	await page.getByRole('group', { name: 'Thành viên đoàn đánh giá tham dự' }).getByRole('checkbox', { name: /Phạm Thu Hà/ }).check();
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(page.getByText('Đã lưu biên bản phỏng vấn.')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('team-warning')).toHaveCount(0);
	await page.goto(`/rounds/${round}/interviews`);
	await expect(row).not.toContainText('Dưới 2 thành viên');

	// Link the interview to a question of Bộ Tài chính's open data assessment; the dimension it covered is open.
	await page.goto(interviewPath);
	const cite = page.locator('form[data-organisation]', { hasText: 'Bộ Tài chính' });
	await cite.getByRole('checkbox', { name: /^OD-4\.1 / }).check();
	await cite.getByRole('radio', { name: '+ ủng hộ mức sẵn sàng' }).check();
	await cite.getByLabel('Phỏng vấn cho thấy điều gì').fill('Danh mục dữ liệu mở đang được xây dựng');
	await cite.getByRole('button', { name: 'Liên kết với các câu hỏi đã chọn' }).click();
	await expect(page.getByText('Đã liên kết cuộc phỏng vấn với các câu hỏi đã chọn (1).')).toBeVisible();
	const cited = page.getByRole('region', { name: 'Đã được trích dẫn tại' });
	await expect(cited).toContainText('OD-4.1');
	await expect(cited).toContainText('+ ủng hộ mức sẵn sàng');

	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview of 6 Apr 2026');
	await expect(page.getByRole('region', { name: 'Already cited for' })).toContainText('+ favours readiness');
	await expect(page.getByRole('heading', { name: 'Link to questions' })).toBeVisible();
	await switchLanguage(page, 'vi');

	// Mark an awaited information request received.
	await page.goto(`/rounds/${round}/organisations/${orgA}/information-requests`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh mục thông tin, tài liệu đề nghị cung cấp');
	const before = await counts(page);
	const awaited = page.locator('tr[data-item]', { has: page.locator('[data-status="requested"]') }).first();
	itemCode = (await awaited.getAttribute('data-item'))!;
	await awaited.getByLabel(`Trạng thái ${itemCode}`).selectOption({ label: 'Đã nhận' });
	await awaited.getByLabel(`Ghi chú ${itemCode}`).fill('Nhận bản điện tử qua trục liên thông');
	await awaited.getByRole('button', { name: `Lưu ${itemCode}` }).click();
	await expect(page.getByText(`Đã cập nhật mục ${itemCode}.`)).toBeVisible();
	const updated = page.locator(`tr[data-item="${itemCode}"]`);
	await expect(updated.locator('.badge')).toHaveText('Đã nhận');
	expect(await counts(page)).toBe(before + 1);
	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Information request checklist');
	await expect(updated.locator('.badge')).toHaveText('Received');
	await switchLanguage(page, 'vi');

	// A dataset fact sheet: feasibility on three grounds gives the recommended release priority.
	await page.goto(`/rounds/${round}/organisations/${orgA}/fact-sheets`);
	await page.getByRole('link', { name: 'Lập phiếu thông tin bộ dữ liệu' }).click();
	await page.getByLabel('Tên bộ dữ liệu').fill('Dữ liệu thu, chi ngân sách nhà nước theo tỉnh');
	await page.getByLabel('Cơ quan chủ quản dữ liệu').fill('Kho bạc Nhà nước');
	await page.getByLabel('Định dạng').fill('XLSX, PDF');
	await page.getByRole('group', { name: 'Về chính sách' }).getByRole('radio', { name: 'Cao' }).check();
	await page.getByRole('group', { name: 'Về kỹ thuật' }).getByRole('radio', { name: 'Cao' }).check();
	await page.getByRole('group', { name: 'Về thể chế' }).getByRole('radio', { name: 'Trung bình' }).check();
	await expect(page.getByTestId('priority')).toHaveText('Ưu tiên, trung hạn');
	await page.getByRole('button', { name: 'Tạo', exact: true }).click();
	await expect(page.getByText('Đã lập phiếu thông tin.')).toBeVisible();
	await page.getByRole('link', { name: /Phiếu thông tin bộ dữ liệu/ }).first().click();
	const sheet = page.getByRole('row', { name: /Dữ liệu thu, chi ngân sách nhà nước theo tỉnh/ });
	await expect(sheet).toContainText('Ưu tiên, trung hạn');
	await expect(sheet).toContainText('Trung bình');
	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dataset fact sheets');
	await expect(sheet).toContainText('Medium term');
	await expect(sheet).toContainText('High');
});

test('a respondent of Bộ Tài chính is kept out of the interviews and reads the checklist', async ({ page }) => {
	const { round, orgA } = demo();
	expect(interviewPath).not.toBe('');
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.respondentA);
	for (const path of [`/rounds/${round}/interviews`, `/rounds/${round}/interviews/new`, interviewPath]) {
		const res = await page.goto(path);
		expect(res?.status()).toBe(403);
		await expect(page.getByText('Bạn không có quyền xem trang này.')).toBeVisible();
		await expect(page.locator('main')).not.toContainText('Cục đang xây dựng');
	}

	await page.goto(`/rounds/${round}/organisations/${orgA}/information-requests`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh mục thông tin, tài liệu đề nghị cung cấp');
	await expect(page.getByText('đoàn đánh giá đề nghị cơ quan, địa phương cung cấp')).toBeVisible();
	await expect(page.locator('main select')).toHaveCount(0);
	const item = page.locator(`tr[data-item="${itemCode}"]`);
	await expect(item.locator('.badge')).toHaveText('Đã nhận');
	await expect(item).toContainText('Nhận bản điện tử qua trục liên thông');

	await switchLanguage(page, 'en');
	const res = await page.goto(interviewPath);
	expect(res?.status()).toBe(403);
	await expect(page.getByText('You do not have access to this page.')).toBeVisible();
	await page.goto(`/rounds/${round}/organisations/${orgA}/information-requests`);
	await expect(item.locator('.badge')).toHaveText('Received');
	await expect(page.locator('main')).toContainText('IR-01');
	await expect(page.locator('main button')).toHaveCount(0);
});

test('an interview saved from two tabs: the later save is refused with a message and keeps what was typed', async ({ context }) => {
	expect(interviewPath).not.toBe('');
	const first = await context.newPage();
	await first.goto('/login');
	await switchLanguage(first, 'en');
	await signIn(first, accounts.assessor);
	const second = await context.newPage();
	await first.goto(interviewPath);
	await second.goto(interviewPath);
	await first.getByLabel('Notes').fill('Follow-up: the catalogue is due in June.');
	await first.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(first.getByText('Interview saved.')).toBeVisible();
	await second.getByLabel('Notes').fill('Second visit planned with the statistics unit.');
	await second.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(second.getByRole('alert')).toHaveText('Someone else has just changed this interview. Reload the page to see the latest version.');
	await expect(second.getByLabel('Notes')).toHaveValue('Second visit planned with the statistics unit.');
	await second.reload();
	await expect(second.getByLabel('Notes')).toHaveValue('Follow-up: the catalogue is due in June.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the interview and checklist forms work as plain form posts', async ({ page }) => {
		const { round, orgA } = demo();
		await page.goto('/login');
		await switchLanguage(page, 'en');
		await signIn(page, accounts.assessor);
		await page.goto(`/rounds/${round}/interviews/new`);
		await page.getByLabel('Date').fill('2026-04-08');
		await page.getByRole('checkbox', { name: 'Ministry of Finance' }).check();
		await page.getByRole('radio', { name: 'Data users and civil society' }).check();
		await page.getByLabel('Interviewee roles').fill('Representative of a business association');
		await page.getByLabel('Affiliation').fill('Vietnam Chamber of Commerce and Industry');
		await page.getByRole('button', { name: 'Create', exact: true }).click();
		await expect(page.getByText('Interview recorded.')).toBeVisible();
		// Rendered by the server from what was saved: the author alone is present.
		await expect(page.getByTestId('team-warning')).toContainText('Only 1 assessment team member');
		await page.getByRole('group', { name: 'Assessment team members present' }).getByRole('checkbox', { name: /Phạm Thu Hà/ }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Interview saved.')).toBeVisible();
		await expect(page.getByTestId('team-warning')).toHaveCount(0);

		await page.goto(`/rounds/${round}/organisations/${orgA}/information-requests`);
		const awaited = page.locator('tr[data-item]', { has: page.locator('[data-status="requested"]') }).first();
		const code = (await awaited.getAttribute('data-item'))!;
		await awaited.getByLabel(`Status ${code}`).selectOption({ label: 'Missing' });
		await awaited.getByRole('button', { name: `Save ${code}` }).click();
		await expect(page.getByText(`Item ${code} updated.`)).toBeVisible();
		await expect(page.locator(`tr[data-item="${code}"] .badge`)).toHaveText('Missing');
	});
});
