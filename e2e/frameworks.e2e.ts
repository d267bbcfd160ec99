import { expect, test } from '@playwright/test';
import { switchLanguage } from './helpers';

test('a framework reads in both languages: dimensions, questions, descriptors and rubric', async ({ page }) => {
	await page.goto('/frameworks');
	await switchLanguage(page, 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ tiêu chí đánh giá');
	await page.locator('a[href="/frameworks/od-odra-3.1"]').click();
	await expect(page.locator('tbody tr')).toHaveCount(8);
	await expect(page.getByRole('heading', { name: 'Miễn trừ trách nhiệm pháp lý' })).toBeVisible();
	await page.locator('a[href="/frameworks/od-odra-3.1/OD-1"]').click();
	await expect(page.locator('article.question')).toHaveCount(5);
	await expect(page.getByRole('heading', { name: 'Vấn đề cốt lõi' })).toBeVisible();
	await expect(page.locator('.core .badge')).toHaveText('Điều kiện bắt buộc');
	// The OGP question is national and has no importance printed by the method.
	const ogp = page.locator('#OD-1\\.5');
	await expect(ogp).toContainText('Cấp quốc gia');
	await expect(ogp).toContainText('Phương pháp không ghi');
	// Three descriptors per OD question, each with its colour label.
	await expect(page.locator('#OD-1\\.1 .descriptors li')).toHaveCount(3);
	await expect(page.locator('#OD-1\\.1 .descriptors')).toContainText('Xanh');

	await switchLanguage(page, 'en');
	await expect(page.getByRole('heading', { name: 'Core issues' })).toBeVisible();
	await expect(page.locator('.core .badge')).toHaveText('Gate');
	await expect(page.locator('#OD-1\\.5')).toContainText('Not stated by the method');

	await page.goto('/frameworks/dg-sansang-1.0/DG-5');
	await expect(page.locator('#DG-5\\.1 .descriptors li')).toHaveCount(4);
	await expect(page.locator('#DG-5\\.3')).toContainText('National (answered once per round)');
	await switchLanguage(page, 'vi');
	await expect(page.locator('#DG-5\\.1 .descriptors')).toContainText('Khởi đầu');
});
