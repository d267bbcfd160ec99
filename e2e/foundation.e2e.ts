import { expect, test } from '@playwright/test';
import { accounts, signIn, signOut, switchLanguage, DEMO_PASSWORD } from './helpers';

test.describe('sign-in and homes per role', () => {
	const homes = [
		{ email: accounts.admin, vi: 'Quản lý người dùng', en: 'Manage users', role: { vi: 'Quản trị viên', en: 'Administrator' } },
		{ email: accounts.committee, vi: 'So sánh kết quả', en: 'Compare scorecards', role: { vi: 'Thành viên Ủy ban', en: 'Committee reviewer' } },
		{ email: accounts.assessor, vi: 'được phân công cho bạn', en: 'assigned to you', role: { vi: 'Chuyên gia đánh giá', en: 'Assessor' } },
		{ email: accounts.leadA, vi: 'Bộ Tài chính', en: 'Ministry of Finance', role: { vi: 'Lãnh đạo đầu mối', en: 'Organisation lead' } },
		{ email: accounts.respondentB, vi: 'Đà Nẵng', en: 'Da Nang', role: { vi: 'Đầu mối trả lời', en: 'Respondent' } }
	];

	for (const home of homes) {
		test(`${home.email}: home in Vietnamese, then English, then sign out`, async ({ page }) => {
			await page.goto('/');
			await switchLanguage(page, 'vi');
			await signIn(page, home.email);
			await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Xin chào');
			await expect(page.locator('main')).toContainText(home.vi);
			await expect(page.locator('.who .role')).toHaveText(home.role.vi);
			await expect(page.locator('.demo-banner')).toContainText('Dữ liệu minh họa');

			await switchLanguage(page, 'en');
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
			await expect(page.locator('main')).toContainText(home.en);
			await expect(page.locator('.who .role')).toHaveText(home.role.en);
			await expect(page.locator('.demo-banner')).toContainText('Demo data');
			// The choice is remembered on the next page too.
			await page.goto('/frameworks');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment frameworks');

			await signOut(page);
			await expect(page.getByText('You have signed out.')).toBeVisible();
			await switchLanguage(page, 'vi');
		});
	}

	test('only administrators reach the administration pages', async ({ page }) => {
		await signIn(page, accounts.committee);
		const res = await page.goto('/admin/users');
		expect(res?.status()).toBe(403);
		await expect(page.locator('main')).toContainText('Bạn không có quyền xem trang này.');
	});
});

test.describe('wrong passwords', () => {
	test('a wrong password shows the error; repeated failures are refused and recover after the window', async ({ page }) => {
		await page.goto('/login');
		await switchLanguage(page, 'vi');
		const submit = async (password: string) => {
			await page.locator('input[name="email"]').fill(accounts.leadC);
			await page.locator('input[name="password"]').fill(password);
			await page.locator('main form button[type="submit"]').click();
		};
		await submit('sai mật khẩu');
		await expect(page.getByRole('alert')).toHaveText('Thư điện tử hoặc mật khẩu không đúng.');
		// Typed email is kept after the error.
		await expect(page.locator('input[name="email"]')).toHaveValue(accounts.leadC);
		for (let i = 0; i < 5; i++) await submit('sai mật khẩu');
		await expect(page.getByRole('alert')).toContainText('Đăng nhập sai quá nhiều lần');
		await switchLanguage(page, 'en');
		await submit(DEMO_PASSWORD);
		await expect(page.getByRole('alert')).toContainText('Too many failed sign-ins');
		// The e2e server's window is 8 seconds.
		await page.waitForTimeout(8500);
		await submit(DEMO_PASSWORD);
		await expect(page).not.toHaveURL(/\/login/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
		await signOut(page);
		await switchLanguage(page, 'vi');
	});
});

test.describe('administration', () => {
	test('an administrator creates a user; bad input is refused next to the field and nothing is lost', async ({ page }) => {
		await signIn(page, accounts.admin);
		await page.goto('/admin/users/new');
		await page.getByLabel('Họ và tên').fill('Ngô Thị Hương');
		await page.getByLabel('Thư điện tử').fill('khong-hop-le');
		await page.getByLabel('Vai trò').selectOption('respondent');
		await page.getByLabel('Mật khẩu').fill('ngắn');
		await page.getByRole('button', { name: 'Tạo' }).click();
		await expect(page.locator('#field-email-error')).toHaveText('Địa chỉ thư điện tử không hợp lệ.');
		await expect(page.locator('#field-password-error')).toHaveText('Mật khẩu cần ít nhất 8 ký tự.');
		await expect(page.locator('#field-organisationId-error')).toHaveText('Người trả lời phải thuộc một cơ quan, địa phương.');
		await expect(page.getByLabel('Họ và tên')).toHaveValue('Ngô Thị Hương');

		await page.getByLabel('Thư điện tử').fill('huong.ngo@sansang.example');
		await page.getByLabel('Cơ quan, địa phương').selectOption({ label: 'Hà Nội' });
		await page.getByLabel('Mật khẩu').fill('một mật khẩu đủ dài');
		await page.getByRole('button', { name: 'Tạo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ngô Thị Hương');
		await expect(page.getByText('Đã tạo người dùng.')).toBeVisible();
	});

	test('the register lists units in Vietnamese order and follows a merger', async ({ page }) => {
		await signIn(page, accounts.admin);
		await page.goto('/admin/organisations');
		await expect(page.getByText('51 cơ quan, địa phương')).toBeVisible();
		const names = await page.locator('tbody tr td:first-child').allInnerTexts();
		expect(names.indexOf('Cần Thơ')).toBeLessThan(names.indexOf('Đà Nẵng'));
		expect(names.indexOf('Đà Nẵng')).toBeLessThan(names.indexOf('Gia Lai'));
		await page.getByRole('link', { name: 'Phú Thọ', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Tiền thân' })).toBeVisible();
		await expect(page.locator('main')).toContainText('Vĩnh Phúc');
		await expect(page.locator('main')).toContainText('Hòa Bình');
	});
});
