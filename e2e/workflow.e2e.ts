/**
 * The working core in real Chromium, on the demo round's Lào Cai assessments (left untouched by the demo
 * data for these journeys): self-evaluation with and without JavaScript, offline and expired sessions,
 * conflicts, submission, blind review, return and resubmission, validation and publication.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { accounts, signIn, signOut, switchLanguage } from './helpers';

const E2E_DB = resolve('e2e-artifacts/e2e.db');

/** A self answer as the server has it (read from the test server's database, not from the page). */
function serverAnswer(assessmentUrl: string, code: string) {
	const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
	try {
		const id = Number(/\/assessments\/(\d+)/.exec(assessmentUrl)?.[1]);
		return db.prepare("SELECT rating, comment FROM answers WHERE assessment_id = ? AND question_code = ? AND source = 'self'").get(id, code) as
			| { rating: string | null; comment: string | null }
			| undefined;
	} finally {
		db.close();
	}
}

/**
 * Waits until the page's JavaScript has loaded and the autosaver is mounted, for journeys about what happens
 * after (the slow-link test covers answers given before).
 */
async function hydrated(page: Page) {
	// The questionnaire marks its form once the autosaver is mounted (before that, a click could be reset by hydration).
	await page.locator('form[data-autosave="on"]').waitFor();
}

/** Ends a browser's session on the server, as the idle timeout does: the browser still sends its cookie. */
async function expireSessionOnServer(context: BrowserContext) {
	const token = (await context.cookies()).find((c) => c.name === 'sansang_session')?.value;
	expect(token).toBeTruthy();
	const db = new Database(E2E_DB, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const id = createHash('sha256').update(token!).digest('hex');
		expect(db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?').run(Date.now() - 1000, id).changes).toBe(1);
	} finally {
		db.close();
	}
}

const LAO_CAI = 'Lào Cai';

async function assessmentUrl(page: Page, kind: 'dg' | 'od'): Promise<string> {
	await page.goto('/');
	const rows = page.locator('tbody tr', { hasText: LAO_CAI });
	const count = await rows.count();
	for (let i = 0; i < count; i++) {
		const text = await rows.nth(i).innerText();
		if ((kind === 'dg' && /Chính phủ số|Digital government/.test(text)) || (kind === 'od' && /Dữ liệu mở|Open data/.test(text))) {
			const href = await rows.nth(i).locator('a').first().getAttribute('href');
			if (href) return href;
		}
	}
	throw new Error(`no ${kind} assessment of Lào Cai on the home page`);
}

/** Answers every question of one part on the page with one level (JavaScript on: autosaved). */
async function answerPart(page: Page, level: string) {
	const cards = page.locator('article.question');
	const n = await cards.count();
	for (let i = 0; i < n; i++) {
		const radio = cards.nth(i).locator(`input[type=radio][value="${level}"]`);
		if ((await radio.count()) && (await radio.isEnabled())) await radio.check();
	}
	await expect(page.locator('.save-indicator')).toContainText(/Đã lưu|Saved/);
}

async function newSignedInPage(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill('sansang-demo-2026');
	await page.locator('main form button[type="submit"]').click();
	await expect(page).not.toHaveURL(/\/login/);
	return { context, page };
}

test.describe.serial('self-evaluation, review and publication of Lào Cai', () => {
	let dgUrl = '';
	let odUrl = '';

	test('the lead fills a pillar with JavaScript: autosaved, progress moves, survives a reload', async ({ page }) => {
		await signIn(page, accounts.leadC);
		await switchLanguage(page, 'vi');
		dgUrl = await assessmentUrl(page, 'dg');
		odUrl = await assessmentUrl(page, 'od');
		await page.goto(`${dgUrl}/s/DG-1`);
		await page.locator('form[data-autosave="on"]').waitFor();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('DG-1');
		await expect(page.locator('.progress')).toContainText('Đã trả lời 0/6');
		await answerPart(page, '2');
		await page.locator('#comment-DG-1\\.1').fill('Kế hoạch chuyển đổi số của tỉnh giai đoạn 2026–2030 đang trình UBND tỉnh.');
		await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		await expect(page.locator('.progress')).toContainText('Đã trả lời 6/6');
		await page.reload();
		await expect(page.locator('#DG-1\\.1 input[type=radio][value="2"]')).toBeChecked();
		await expect(page.locator('#comment-DG-1\\.1')).toHaveValue(/2026–2030/);
	});

	test('and another pillar with JavaScript disabled, through the page\'s save button', async ({ browser }) => {
		const { context, page } = await newSignedInPage(browser, accounts.leadC, { javaScriptEnabled: false });
		await page.goto(`${dgUrl}/s/DG-2`);
		const cards = page.locator('article.question');
		for (let i = 0; i < (await cards.count()); i++) await cards.nth(i).locator('input[type=radio][value="3"]').check();
		// The reason field shows once N/A is chosen (CSS only: this page runs without JavaScript).
		await expect(page.locator('#na-DG-2\\.7')).toBeHidden();
		await expect(page.locator('#DG-2\\.7 fieldset label').filter({ hasText: 'Không áp dụng' })).toBeVisible();
		await page.locator('#DG-2\\.7 input[type=radio][value="na"]').check();
		await page.locator('#na-DG-2\\.7').fill('Không áp dụng');
		await page.locator('#answers-form button[type="submit"]').click();
		await expect(page.locator('.notice')).toContainText('Đã lưu 7 câu trả lời.');
		await page.goto(`${dgUrl}/s/DG-2`);
		await expect(page.locator('#DG-2\\.1 input[type=radio][value="3"]')).toBeChecked();
		await expect(page.locator('#DG-2\\.7 input[type=radio][value="na"]')).toBeChecked();
		await context.close();
	});

	test('offline: answers made without a connection are saved when it returns', async ({ page, context }) => {
		await signIn(page, accounts.leadC);
		await page.goto(`${dgUrl}/s/DG-3`);
		await hydrated(page);
		await context.setOffline(true);
		await page.locator('#DG-3\\.1 input[type=radio][value="3"]').check();
		await page.locator('#DG-3\\.2 input[type=radio][value="2"]').check();
		await expect(page.locator('.save-indicator')).toContainText(/Mất kết nối|Chưa lưu/);
		await context.setOffline(false);
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		expect(serverAnswer(dgUrl, 'DG-3.1')?.rating).toBe('3');
		expect(serverAnswer(dgUrl, 'DG-3.2')?.rating).toBe('2');
		await page.reload();
		await expect(page.locator('#DG-3\\.1 input[type=radio][value="3"]')).toBeChecked();
		await expect(page.locator('#DG-3\\.2 input[type=radio][value="2"]')).toBeChecked();
	});

	test('offline, tab closed, reconnected, reopened: the unsent answers are restored and sent; sign-out clears them', async ({ browser }) => {
		const { context, page } = await newSignedInPage(browser, accounts.leadC);
		await page.goto(`${dgUrl}/s/DG-3`);
		await hydrated(page);
		await context.setOffline(true);
		await page.locator('#DG-3\\.3 input[type=radio][value="4"]').check();
		await page.locator('#comment-DG-3\\.3').fill('Hồ sơ xử lý hoàn toàn trên môi trường điện tử từ tháng 10/2026.');
		await expect(page.locator('.save-indicator')).toContainText('1 thay đổi chưa gửi');
		await page.close();
		await context.setOffline(false);
		const reopened = await context.newPage();
		await reopened.goto(`${dgUrl}/s/DG-3`);
		await reopened.locator('form[data-autosave="on"]').waitFor();
		await expect(reopened.getByText('Đã khôi phục 1 thay đổi chưa gửi')).toBeVisible();
		await expect(reopened.locator('.save-indicator')).toContainText('Đã lưu');
		expect(serverAnswer(dgUrl, 'DG-3.3')).toEqual({ rating: '4', comment: 'Hồ sơ xử lý hoàn toàn trên môi trường điện tử từ tháng 10/2026.' });
		await reopened.reload();
		await expect(reopened.locator('#DG-3\\.3 input[type=radio][value="4"]')).toBeChecked();
		await expect(reopened.locator('#comment-DG-3\\.3')).toHaveValue(/tháng 10\/2026/);
		// Unsent changes stay in the browser only until sign-out.
		const unsent = 'Ghi chú chưa gửi: số liệu khảo sát quý IV';
		await context.setOffline(true);
		await reopened.locator('#DG-3\\.4 input[type=radio][value="2"]').check();
		await reopened.locator('#comment-DG-3\\.4').fill(unsent);
		await expect(reopened.locator('.save-indicator')).toContainText('chưa gửi');
		// Back online but the saves still fail (blocked before the connection returns, so nothing slips out):
		// the change is still unsent, and kept in this browser, when the person signs out.
		await context.route('**/save', (route) => route.abort());
		await context.setOffline(false);
		await reopened.evaluate(() => window.dispatchEvent(new Event('online')));
		const pendingBefore = await reopened.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.pending.')).map((k) => localStorage.getItem(k)).join('\n'));
		expect(pendingBefore).toContain('quý IV');
		await reopened.locator('form[action="/logout"] button').click();
		await expect(reopened).toHaveURL(/\/login/);
		const kept = await reopened.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.pending.')));
		expect(kept).toEqual([]);
		// Nothing of the unsent answer anywhere in the page's storage, and Back does not bring the page back.
		const stored = await reopened.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n'));
		expect(stored).not.toContain('quý IV');
		await reopened.goBack();
		await expect(reopened).toHaveURL(/\/login/);
		await expect(reopened.locator('body')).not.toContainText('quý IV');
		expect(serverAnswer(dgUrl, 'DG-3.4')?.comment ?? null).not.toBe(unsent);
		await context.close();
	});

	test('an expired session: the typed answer is held and saved after signing in again (with and without JavaScript)', async ({ browser }) => {
		const js = await newSignedInPage(browser, accounts.leadC);
		await js.page.goto(`${dgUrl}/s/DG-4`);
		await hydrated(js.page);
		await expireSessionOnServer(js.context);
		await js.page.locator('#DG-4\\.1 input[type=radio][value="3"]').check();
		await expect(js.page.locator('.save-indicator')).toContainText('Phiên đăng nhập đã hết hạn');
		await js.page.locator('.save-indicator a').click();
		await js.page.locator('input[name="email"]').fill(accounts.leadC);
		await js.page.locator('input[name="password"]').fill('sansang-demo-2026');
		await js.page.locator('main form button[type="submit"]').click();
		await expect(js.page).toHaveURL(/DG-4/);
		await expect(js.page.locator('.save-indicator')).toContainText('Đã lưu');
		expect(serverAnswer(dgUrl, 'DG-4.1')?.rating).toBe('3');
		await js.page.reload();
		await expect(js.page.locator('#DG-4\\.1 input[type=radio][value="3"]')).toBeChecked();
		await js.context.close();

		const plain = await newSignedInPage(browser, accounts.leadC, { javaScriptEnabled: false });
		await plain.page.goto(`${dgUrl}/s/DG-4`);
		await plain.page.locator('#DG-4\\.2 input[type=radio][value="2"]').check();
		await plain.context.clearCookies();
		await plain.page.locator('#answers-form button[type="submit"]').click();
		await expect(plain.page).toHaveURL(/\/login\?expired=1/);
		await expect(plain.page.getByText('Phiên đăng nhập đã hết hạn')).toBeVisible();
		await plain.page.locator('input[name="email"]').fill(accounts.leadC);
		await plain.page.locator('input[name="password"]').fill('sansang-demo-2026');
		await plain.page.locator('main form button[type="submit"]').click();
		await expect(plain.page).toHaveURL(/DG-4\?heldSaved=1/);
		await expect(plain.page.getByText('Đã lưu 1 câu trả lời bạn nhập trước khi phiên đăng nhập hết hạn.')).toBeVisible();
		await expect(plain.page.locator('#DG-4\\.2 input[type=radio][value="2"]')).toBeChecked();
		expect(serverAnswer(dgUrl, 'DG-4.2')?.rating).toBe('2');
		await plain.context.close();
	});

	test('two browsers editing one answer: the second gets a conflict showing both values; other answers never conflict', async ({ browser }) => {
		const a = await newSignedInPage(browser, accounts.leadC);
		const b = await newSignedInPage(browser, accounts.leadC);
		await a.page.goto(`${dgUrl}/s/DG-5`);
		await a.page.locator('form[data-autosave="on"]').waitFor();
		await b.page.goto(`${dgUrl}/s/DG-5`);
		await hydrated(a.page);
		await hydrated(b.page);
		await a.page.locator('#DG-5\\.1 input[type=radio][value="3"]').check();
		await a.page.locator('#comment-DG-5\\.1').fill('Đã ban hành kiến trúc số của tỉnh phiên bản 3.0.');
		await expect(a.page.locator('.save-indicator')).toContainText('Đã lưu');
		await b.page.locator('#DG-5\\.2 input[type=radio][value="2"]').check();
		await expect(b.page.locator('#DG-5\\.2 .item-status')).toContainText('Đã lưu');
		await b.page.locator('#DG-5\\.1 input[type=radio][value="1"]').check();
		const conflict = b.page.locator('#DG-5\\.1 .conflict');
		await expect(conflict).toContainText('Xung đột');
		await expect(conflict).toContainText('Mức 1');
		await expect(conflict).toContainText('Mức 3');
		await expect(conflict).toContainText('kiến trúc số của tỉnh phiên bản 3.0');
		await conflict.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
		await expect(b.page.locator('#DG-5\\.1 input[type=radio][value="3"]')).toBeChecked();
		await a.context.close();
		await b.context.close();
	});

	test('a slow link: what is chosen and typed before the page\'s JavaScript arrives is kept and saved (in English)', async ({ page }) => {
		await signIn(page, accounts.leadC);
		await switchLanguage(page, 'en');
		// Hold every script of the app until the person has answered in the plain server-rendered form.
		let release = () => {};
		const arrived = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto(`${dgUrl}/s/DG-6`, { waitUntil: 'commit' });
		await page.locator('#DG-6\\.1 input[type=radio][value="4"]').check();
		await page.locator('#comment-DG-6\\.2').fill('Typed while the page was still loading on a slow link.');
		await expect(page.locator('form[data-autosave="on"]')).toHaveCount(0);
		release();
		await hydrated(page);
		await expect(page.locator('#DG-6\\.1 input[type=radio][value="4"]')).toBeChecked();
		await expect(page.locator('#comment-DG-6\\.2')).toHaveValue('Typed while the page was still loading on a slow link.');
		await expect(page.locator('.save-indicator')).toContainText('Saved');
		expect(serverAnswer(dgUrl, 'DG-6.1')?.rating).toBe('4');
		expect(serverAnswer(dgUrl, 'DG-6.2')?.comment).toBe('Typed while the page was still loading on a slow link.');
		await page.unroute('**/_app/immutable/**/*.js');
		await page.reload();
		await hydrated(page);
		await expect(page.locator('#DG-6\\.1 input[type=radio][value="4"]')).toBeChecked();
		await expect(page.locator('.save-indicator')).toHaveText('');
		await switchLanguage(page, 'vi');
	});

	test('the questions\' wording reaches the browser once, and stays through hydration and a posted comment', async ({ page }) => {
		await signIn(page, accounts.leadC);
		const url = `${dgUrl}/s/DG-5`;
		// The page as the server sends it: each piece of wording is in the HTML, and not again in the data.
		const html = await (await page.request.get(url)).text();
		const serverText = (mark: string) => new RegExp(`id="DG-5\\.1"[\\s\\S]*?data-t="${mark}">([^<]+)<`).exec(html)?.[1] ?? '';
		const question = serverText('t');
		const descriptor = serverText('d0');
		expect(question.length).toBeGreaterThan(40);
		expect(descriptor.length).toBeGreaterThan(40);
		expect(html.split(question).length - 1).toBe(1);
		expect(html.split(descriptor).length - 1).toBe(1);
		await page.goto(url);
		await hydrated(page);
		const card = page.locator('#DG-5\\.1');
		await expect(card.locator('.qtext')).toHaveText(question);
		await expect(card.locator('fieldset label').first()).toContainText(descriptor);
		const guidance = await card.locator('.guidance li').allTextContents();
		expect(guidance.length).toBeGreaterThan(1);
		// Posting a comment reloads the page's data without reloading the page: the wording then comes with it.
		await card.locator('details.comments summary').click();
		await card.locator('#comment-body-DG-5\\.1').fill('Đã có kế hoạch dùng chung hạ tầng với Sở Tài chính.');
		await card.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect(card.locator('.comment')).toContainText('Đã có kế hoạch dùng chung hạ tầng với Sở Tài chính.');
		await expect(card.locator('.qtext')).toHaveText(question);
		await expect(card.locator('fieldset label').first()).toContainText(descriptor);
		expect(await card.locator('.guidance li').allTextContents()).toEqual(guidance);
		// Reached by a link of the overview, without reloading: the page's data then carries the wording.
		await page.goto(dgUrl);
		const data = page.waitForRequest((r) => r.url().includes('/s/DG-5/__data.json'));
		await page.locator('a[href$="/s/DG-5"]:not([data-sveltekit-reload])').first().click();
		await data;
		await hydrated(page);
		await expect(page).toHaveURL(/\/s\/DG-5$/);
		await expect(card.locator('.qtext')).toHaveText(question);
		await expect(card.locator('fieldset label').first()).toContainText(descriptor);
		expect(await card.locator('.guidance li').allTextContents()).toEqual(guidance);
	});

	test('only the lead submits: missing answers are listed with links, then the sign-off goes through', async ({ page }) => {
		await signIn(page, accounts.leadC);
		await page.goto(dgUrl);
		await page.getByRole('button', { name: 'Ký xác nhận và nộp' }).click();
		await expect(page.getByRole('heading', { name: 'Các câu còn thiếu' })).toBeVisible();
		await expect(page.locator('.missing a').first()).toHaveAttribute('href', /\/s\/DG-\d#DG-\d\.\d/);
		for (const part of ['DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7']) {
			await page.goto(`${dgUrl}/s/${part}`);
			await page.locator('form[data-autosave="on"]').waitFor();
			const cards = page.locator('article.question');
			for (let i = 0; i < (await cards.count()); i++) {
				const card = cards.nth(i);
				if ((await card.locator('input[type=radio]:checked').count()) === 0 && (await card.locator('input[type=radio][value="2"]').count())) await card.locator('input[type=radio][value="2"]').check();
			}
			await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		}
		await page.goto(dgUrl);
		await expect(page.getByText('Toàn bộ: 45/45 câu')).toBeVisible();
		await page.getByRole('button', { name: 'Ký xác nhận và nộp' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đã nộp');
	});

	test('the assessor rates blind, sees the self-rating appear, returns with a comment', async ({ page }) => {
		await signIn(page, accounts.assessor);
		await page.goto(dgUrl);
		await page.getByRole('button', { name: 'Bắt đầu rà soát' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đang rà soát');
		await page.goto(`${dgUrl}/s/DG-1`);
		await page.locator('form[data-autosave="on"]').waitFor();
		const first = page.locator('#DG-1\\.1');
		await expect(first).toContainText('Tự đánh giá: hiện sau khi bạn lưu đánh giá của mình');
		await first.locator('input[type=radio][value="1"]').check();
		await expect(first.locator('.beside')).toContainText('Tự đánh giá:');
		await expect(first.locator('.beside')).toContainText('Mức 2');
		await page.goto(`${dgUrl}/review`);
		await expect(page.locator('#row-DG-1\\.1')).toContainText('Chênh lệch');
		await page.goto(dgUrl);
		await page.locator('#comment-return').fill('Đề nghị bổ sung văn bản phê duyệt kế hoạch chuyển đổi số (DG-1.1).');
		await page.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Trả lại để bổ sung');
	});

	test('the respondent sees what to revise, revises, and the lead resubmits', async ({ page }) => {
		await signIn(page, accounts.leadC);
		await page.goto('/');
		await expect(page.locator('.work')).toContainText('Được trả lại để bổ sung');
		await page.goto(dgUrl);
		await expect(page.getByRole('heading', { name: 'Yêu cầu bổ sung của chuyên gia' })).toBeVisible();
		await expect(page.locator('main')).toContainText('Đề nghị bổ sung văn bản phê duyệt');
		await page.goto(`${dgUrl}/s/DG-1`);
		await page.locator('form[data-autosave="on"]').waitFor();
		await page.locator('#comment-DG-1\\.1').fill('Đã bổ sung Quyết định phê duyệt kế hoạch số 1234/QĐ-UBND (hư cấu).');
		await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		await page.goto(dgUrl);
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đang thực hiện');
		await page.getByRole('button', { name: 'Ký xác nhận và nộp' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đã nộp');
	});

	test('the assessor marks core issues, cannot override a dimension without a justification, then can', async ({ page }) => {
		await signIn(page, accounts.assessor);
		await page.goto(`${odUrl}/dimensions/OD-1`);
		await page.locator('input[name="core.OD-1.C1"][value="partly"]').check();
		await page.locator('input[name="core.OD-1.C2"][value="met"]').check();
		await page.locator('input[name="core.OD-1.C3"][value="met"]').check();
		await expect(page.locator('.suggestion')).toContainText('Vàng');
		await expect(page.locator('.suggestion')).toContainText('Không thể XANH');
		await page.locator('input[name="colour"][value="green"]').check();
		await page.getByRole('button', { name: 'Lưu' }).click();
		await expect(page.locator('#justification-error')).toHaveText('Màu khác với gợi ý cần có lý do, dẫn chiếu tiêu chí xếp loại.');
		await page.locator('#justification').fill('Tiêu chí (i): Chủ tịch UBND tỉnh đã chỉ đạo công khai bằng văn bản (hư cấu).');
		await page.getByRole('button', { name: 'Lưu' }).click();
		await expect(page.getByText('Đã lưu và xác nhận màu của khía cạnh.')).toBeVisible();
		await page.goto(`${odUrl}/dimensions`);
		await expect(page.locator('tbody tr').first()).toContainText('Khác gợi ý');
	});

	test('the assessor validates; the committee changes one final rating and publishes; re-opening leaves the snapshot', async ({ page }) => {
		await signIn(page, accounts.assessor);
		await page.goto(dgUrl);
		await page.getByRole('button', { name: 'Bắt đầu rà soát' }).click();
		for (const part of ['DG-1', 'DG-2', 'DG-3', 'DG-4', 'DG-5', 'DG-6', 'DG-7']) {
			await page.goto(`${dgUrl}/s/${part}`);
			await page.locator('form[data-autosave="on"]').waitFor();
			const cards = page.locator('article.question');
			for (let i = 0; i < (await cards.count()); i++) {
				const card = cards.nth(i);
				const input = card.locator('input[type=radio][value="2"]');
				if ((await input.count()) && (await card.locator('input[type=radio]:checked').count()) === 0) await input.check();
			}
			await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		}
		await page.goto(dgUrl);
		await page.getByRole('button', { name: 'Thẩm định (chốt đánh giá của chuyên gia)' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đã thẩm định');
		await signOut(page);

		await signIn(page, accounts.committee);
		await page.goto(`${dgUrl}/s/DG-1`);
		await page.locator('form[data-autosave="on"]').waitFor();
		await expect(page.locator('#DG-1\\.2')).toContainText('chuyển từ đánh giá của chuyên gia');
		await page.locator('#DG-1\\.2 input[type=radio][value="3"]').check();
		await expect(page.locator('.save-indicator')).toContainText('Đã lưu');
		await page.goto(dgUrl);
		await page.getByRole('button', { name: 'Công bố' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đã công bố');
		await expect(page.getByText(/Bản 1, công bố/)).toBeVisible();
		await page.locator('#comment-reopen').fill('Rà soát lại DG-1.2 theo ý kiến của Ủy ban.');
		await page.getByRole('button', { name: 'Mở lại (bản công bố giữ nguyên)' }).click();
		await expect(page.locator('.assessment-head .badge')).toHaveText('Đã thẩm định');
		await expect(page.getByText(/Bản 1, công bố/)).toBeVisible();
		await switchLanguage(page, 'en');
		await expect(page.getByText(/Version 1, published/)).toBeVisible();
		await switchLanguage(page, 'vi');
	});
});
