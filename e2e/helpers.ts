import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'sansang-demo-2026';

export const accounts = {
	admin: 'quantri@sansang.example',
	committee: 'uyban@sansang.example',
	assessor: 'chuyengia@sansang.example',
	assessorEn: 'expert@sansang.example',
	leadA: 'taichinh.lanhdao@sansang.example',
	respondentA: 'taichinh@sansang.example',
	leadB: 'danang.lanhdao@sansang.example',
	respondentB: 'danang@sansang.example',
	leadC: 'laocai.lanhdao@sansang.example'
} as const;

/** Signs in through the form, in whatever language the page is in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('main form button[type="submit"]').click();
	await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page): Promise<void> {
	await page.locator('form[action="/logout"] button').click();
	await expect(page).toHaveURL(/\/login/);
}

/** Sets the interface language through the switch in the header. */
export async function switchLanguage(page: Page, to: 'vi' | 'en'): Promise<void> {
	const lang = await page.locator('html').getAttribute('lang');
	if (lang === to) return;
	await page.locator('form[action="/language"] button').click();
	await expect(page.locator('html')).toHaveAttribute('lang', to);
}
