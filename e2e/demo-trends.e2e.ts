import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn, switchLanguage } from './helpers';

/**
 * The demo's material for trends: a published 2018 round on the map of 2018, and a second DG version
 * whose crosswalk says which questions can be compared with 1.0.
 */
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const round2018 = {
	vi: 'Đánh giá mức độ sẵn sàng Chính phủ điện tử và dữ liệu mở năm 2018',
	en: 'Digital government and open data readiness assessment 2018'
};

test('the committee finds the 2018 round published, with the units named as they were in 2018', async ({
	page
}) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.committee);
	await page.goto('/rounds');
	await expect(h1(page)).toHaveText('Các đợt đánh giá');
	const row = page.locator('tbody tr').filter({ hasText: round2018.vi });
	await expect(row).toContainText('2018');
	await expect(row).toContainText('Chỉ phỏng vấn');
	await expect(row).toContainText('44 Đã công bố');
	await row.getByRole('link', { name: round2018.vi }).click();
	await expect(h1(page)).toHaveText(round2018.vi);
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Đã công bố');
	const units = await page.locator('tbody th[scope="row"]').allInnerTexts();
	expect(units).toHaveLength(22);
	for (const name of [
		'Thừa Thiên Huế',
		'Bộ Thông tin và Truyền thông',
		'Bộ Kế hoạch và Đầu tư',
		'Vĩnh Phúc',
		'Quảng Nam'
	])
		expect(units).toContain(name);
	expect(units).not.toContain('Huế');
	await expect(page.locator('tbody a .badge').filter({ hasText: 'Đã công bố' })).toHaveCount(44);

	await switchLanguage(page, 'en');
	await expect(h1(page)).toHaveText(round2018.en);
	await expect(page.getByRole('heading', { name: /Status/ })).toContainText('Published');
	const unitsEn = await page.locator('tbody th[scope="row"]').allInnerTexts();
	for (const name of [
		'Thua Thien Hue',
		'Ministry of Information and Communications',
		'Ministry of Planning and Investment'
	])
		expect(unitsEn).toContain(name);
	await expect(page.locator('tbody a .badge').filter({ hasText: 'Published' })).toHaveCount(44);
	await switchLanguage(page, 'vi');
});

test('dg-sansang-1.1 keeps 46 questions comparable with 1.0 and adds a question on artificial intelligence', async ({
	page
}) => {
	await page.goto('/frameworks/dg-sansang-1.1');
	await switchLanguage(page, 'vi');
	await expect(page.locator('main')).toContainText(
		'Đối chiếu với phiên bản dg-sansang-1.0: 46 câu hỏi so sánh được'
	);
	await page.goto('/frameworks/dg-sansang-1.1/DG-6');
	await expect(page.locator('#DG-6\\.8')).toContainText('trí tuệ nhân tạo');
	await expect(page.locator('#DG-6\\.8 .descriptors li')).toHaveCount(4);
	await page.goto('/frameworks/dg-sansang-1.1/DG-2');
	await expect(page.locator('#DG-2\\.5')).toContainText('chỉ số hài lòng quốc gia');

	await switchLanguage(page, 'en');
	await expect(page.locator('#DG-2\\.5')).toContainText('national satisfaction index');
	await page.goto('/frameworks/dg-sansang-1.1');
	await expect(page.locator('main')).toContainText('Crosswalk to dg-sansang-1.0: 46 comparable questions');
	// 1.0 is still served as it was: no DG-6.8 there.
	await page.goto('/frameworks/dg-sansang-1.0/DG-6');
	await expect(page.locator('article.question')).toHaveCount(7);
	await switchLanguage(page, 'vi');
});
