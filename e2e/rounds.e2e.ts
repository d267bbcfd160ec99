import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn, signOut, switchLanguage } from './helpers';

// One story told in order: the round the committee creates is the one the respondent then sees.
test.describe.configure({ mode: 'serial' });

const nameVi = 'Đợt đánh giá thí điểm 2026 (kiểm thử giao diện)';
const nameEn = 'Pilot round 2026 (interface test)';
let roundPath = '';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const row = (page: Page, organisation: string) =>
	page.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: organisation, exact: true }) });

test('the committee creates a round in Vietnamese, assigns an assessor and opens it', async ({ page }) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.committee);
	await page
		.getByRole('navigation', { name: 'Điều hướng chính' })
		.getByRole('link', { name: 'Đợt đánh giá' })
		.click();
	await expect(h1(page)).toHaveText('Các đợt đánh giá');
	await page.getByRole('link', { name: 'Tạo đợt đánh giá' }).click();
	await expect(h1(page)).toHaveText('Tạo đợt đánh giá');
	// Defaults: this year, the newest version of each framework, self-evaluation first, blind.
	await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');
	await expect(
		page.getByRole('group', { name: 'Chính phủ số' }).getByRole('radio', { checked: true })
	).toHaveAccessibleName(/phiên bản 1\.1/);
	await expect(page.getByLabel('Tự đánh giá, sau đó thẩm định', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Chấm điểm độc lập', { exact: true })).toBeChecked();
	// Units closed by the 2025 mergers are listed only on request.
	await expect(page.getByLabel('Vĩnh Phúc Đã chấm dứt', { exact: true })).toBeHidden();
	await page.getByLabel('Hiện cả các đơn vị đã chấm dứt hoạt động', { exact: false }).check();
	await expect(page.getByLabel('Vĩnh Phúc Đã chấm dứt', { exact: true })).toBeVisible();
	await page.getByLabel('Hiện cả các đơn vị đã chấm dứt hoạt động', { exact: false }).uncheck();
	// Ministries before provinces, each in Vietnamese alphabetical order.
	const provinces = await page
		.getByRole('group', { name: 'Tỉnh, thành phố trực thuộc trung ương' })
		.locator('li:visible label')
		.allInnerTexts();
	expect(provinces.indexOf('Cần Thơ')).toBeLessThan(provinces.indexOf('Đà Nẵng'));
	expect(provinces.indexOf('Đà Nẵng')).toBeLessThan(provinces.indexOf('Gia Lai'));

	// A first attempt with no Vietnamese name, no organisation and the deadlines the wrong way round.
	await page.getByLabel('Tên đợt (tiếng Anh)', { exact: true }).fill(nameEn);
	await page.getByLabel('Hạn tự đánh giá', { exact: true }).fill('2026-12-15');
	await page.getByLabel('Hạn thẩm định', { exact: true }).fill('2026-12-01');
	await page.getByLabel('Chỉ phỏng vấn', { exact: true }).check();
	await page.getByRole('button', { name: 'Tạo', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Vui lòng sửa các lỗi được đánh dấu bên dưới.');
	await expect(page.locator('#field-nameVi-error')).toHaveText('Vui lòng nhập trường này.');
	await expect(page.locator('#field-organisationIds-error')).toHaveText(
		'Chọn ít nhất một cơ quan, địa phương.'
	);
	await expect(page.locator('#field-reviewDeadline-error')).toHaveText(
		'Hạn thẩm định không được trước hạn tự đánh giá.'
	);
	// Nothing typed is lost.
	await expect(page.getByLabel('Tên đợt (tiếng Anh)', { exact: true })).toHaveValue(nameEn);
	await expect(page.getByLabel('Hạn tự đánh giá', { exact: true })).toHaveValue('2026-12-15');
	await expect(page.getByLabel('Chỉ phỏng vấn', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Chấm điểm độc lập', { exact: true })).toBeChecked();

	await page.getByLabel('Tên đợt (tiếng Việt)', { exact: true }).fill(nameVi);
	await page.getByLabel('Hạn thẩm định', { exact: true }).fill('2027-01-31');
	await page.getByLabel('Tự đánh giá, sau đó thẩm định', { exact: true }).check();
	for (const unit of ['Bộ Tài chính', 'Đà Nẵng', 'Lào Cai'])
		await page.getByLabel(unit, { exact: true }).check();
	await page.getByRole('button', { name: 'Tạo', exact: true }).click();

	await expect(page).toHaveURL(/\/rounds\/\d+\?created=1$/);
	roundPath = new URL(page.url()).pathname;
	await expect(h1(page)).toHaveText(nameVi);
	await expect(page.getByRole('status')).toContainText('Đã tạo đợt đánh giá ở dạng dự thảo.');
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Dự thảo');
	await expect(page.locator('main')).toContainText('Các bài đánh giá sẽ được tạo khi mở đợt.');
	expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual([
		'Bộ Tài chính',
		'Đà Nẵng',
		'Lào Cai'
	]);

	// Assign an assessor to Bộ Tài chính.
	const finance = row(page, 'Bộ Tài chính');
	await expect(finance).toContainText('Chưa phân công');
	await finance.getByText('Phân công chuyên gia').click();
	await finance
		.getByRole('group', { name: 'Chuyên gia đánh giá cho Bộ Tài chính' })
		.getByLabel('Nguyễn Đức Anh', { exact: true })
		.check();
	await finance.getByRole('button', { name: 'Lưu phân công' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Đã lưu phân công chuyên gia cho Bộ Tài chính.' })
	).toBeVisible();
	await expect(finance.locator('td').last()).toContainText('Nguyễn Đức Anh');
	await expect(row(page, 'Đà Nẵng')).toContainText('Chưa phân công');

	// Open it: one assessment per organisation and framework, none started.
	await page.getByRole('button', { name: 'Mở đợt' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Đã mở đợt. Các bài đánh giá đã được tạo.' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Đang mở');
	const badges = page.locator('tbody a .badge');
	await expect(badges).toHaveCount(6);
	await expect(badges.filter({ hasText: 'Chưa bắt đầu' })).toHaveCount(6);
	await expect(page.locator('.summary')).toContainText('6 Chưa bắt đầu');
	await expect(
		finance.getByRole('link', { name: 'Bộ Tài chính, Chính phủ số: Chưa bắt đầu' })
	).toHaveAttribute('href', /^\/assessments\/\d+$/);
	await expect(page.getByRole('button', { name: 'Đóng đợt' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sửa' })).toHaveCount(0);

	// Publishing is refused, with the reason, while assessments are unpublished; reopening brings it back.
	await page.getByRole('button', { name: 'Đóng đợt' }).click();
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Đã đóng');
	await page.getByRole('button', { name: 'Công bố đợt' }).click();
	await expect(page.getByRole('alert')).toHaveText('Còn 6 bài đánh giá chưa công bố.');
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Đã đóng');
	await page.getByRole('button', { name: 'Mở lại đợt' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã mở lại đợt.' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Trạng thái/ })).toContainText('Đang mở');

	// The scope is fixed once open.
	const edit = await page.goto(`${roundPath}/edit`);
	expect(edit?.status()).toBe(409);
	await expect(h1(page)).toHaveText('Không sửa được đợt đánh giá này');
	await expect(page.locator('main')).toContainText('Chỉ sửa được phạm vi khi đợt còn ở dạng dự thảo.');

	// The list shows it with its counts.
	await page.goto('/rounds');
	const listed = page.locator('tbody tr').filter({ hasText: nameVi });
	await expect(listed).toContainText('Đang mở');
	await expect(listed).toContainText('Tự đánh giá, sau đó thẩm định');
	await expect(listed).toContainText('6 Chưa bắt đầu');
});

test('the same pages in English', async ({ page }) => {
	await page.goto('/login');
	await signIn(page, accounts.committee);
	await page.goto(roundPath);
	await switchLanguage(page, 'en');
	await expect(h1(page)).toHaveText(nameEn);
	await expect(page.getByRole('heading', { name: /Status/ })).toContainText('Open');
	await expect(page.locator('thead')).toContainText('Digital government');
	await expect(page.locator('thead')).toContainText('Open data');
	await expect(page.locator('thead')).toContainText('Assessors');
	expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual([
		'Da Nang',
		'Lao Cai',
		'Ministry of Finance'
	]);
	await expect(page.locator('tbody a .badge').filter({ hasText: 'Not started' })).toHaveCount(6);
	await expect(page.locator('main')).toContainText('Self-evaluation deadline');
	await expect(page.locator('main')).toContainText('15 Dec 2026');
	await expect(page.getByRole('button', { name: 'Close the round' })).toBeVisible();

	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Rounds', exact: true })
		.click();
	await expect(h1(page)).toHaveText('Assessment rounds');
	await expect(page.locator('tbody tr').filter({ hasText: nameEn })).toContainText('6 Not started');

	await page.getByRole('link', { name: 'New round' }).click();
	await expect(h1(page)).toHaveText('New round');
	await expect(page.getByRole('group', { name: 'Ministries and government agencies' })).toBeVisible();
	await page.getByLabel('Round name (English)', { exact: true }).fill('Only an English name');
	await page.getByRole('button', { name: 'Create', exact: true }).click();
	await expect(page.locator('#field-nameVi-error')).toHaveText('This field is required.');
	await expect(page.locator('#field-organisationIds-error')).toHaveText('Choose at least one organisation.');
	await expect(page.getByLabel('Round name (English)', { exact: true })).toHaveValue('Only an English name');
	await switchLanguage(page, 'vi');
});

test('a respondent sees only their own organisation in the round', async ({ page }) => {
	await page.goto('/login');
	await switchLanguage(page, 'vi');
	await signIn(page, accounts.respondentB);
	await page
		.getByRole('navigation', { name: 'Điều hướng chính' })
		.getByRole('link', { name: 'Đợt đánh giá' })
		.click();
	// The home page lists the same round in its own table: wait for the rounds page first.
	await expect(h1(page)).toHaveText('Các đợt đánh giá');
	await expect(page.getByRole('link', { name: 'Tạo đợt đánh giá' })).toHaveCount(0);
	// Only Đà Nẵng's two assessments are counted.
	await expect(page.locator('tbody tr').filter({ hasText: nameVi })).toContainText('2 Chưa bắt đầu');
	await page.getByRole('link', { name: nameVi }).click();
	await expect(h1(page)).toHaveText(nameVi);
	await expect(page.locator('main')).toContainText(
		'Bạn chỉ thấy cơ quan, địa phương của mình trong đợt này.'
	);
	expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['Đà Nẵng']);
	await expect(page.locator('main')).not.toContainText('Bộ Tài chính');
	await expect(page.locator('tbody a .badge')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Đóng đợt' })).toHaveCount(0);
	await expect(page.getByText('Phân công chuyên gia')).toHaveCount(0);
	// Nor may they change the round or edit it.
	const edit = await page.goto(`${roundPath}/edit`);
	expect(edit?.status()).toBe(403);
	await signOut(page);

	// The assessor sees only the organisation assigned to them.
	await signIn(page, accounts.assessor);
	await page.goto(roundPath);
	expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['Bộ Tài chính']);
	await expect(page.locator('main')).toContainText(
		'Bạn chỉ thấy các cơ quan, địa phương được phân công cho mình.'
	);
	// An assessor assigned elsewhere in it does not see this round at all.
	await signOut(page);
	await signIn(page, accounts.assessorEn);
	const other = await page.goto(roundPath);
	expect(other?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the committee creates a draft, edits it, sets deadlines and assigns assessors with plain form posts', async ({
		page
	}) => {
		await signIn(page, accounts.admin);
		await page.goto('/rounds/new');
		await page.getByLabel('Tên đợt (tiếng Việt)', { exact: true }).fill('Đợt năm 2019 (dự thảo)');
		await page.getByLabel('Năm', { exact: true }).fill('2019');
		// A unit closed by the 2025 mergers, for a historical round: listed once asked for.
		await page.getByLabel('Hiện cả các đơn vị đã chấm dứt hoạt động', { exact: false }).check();
		await page.getByLabel('Vĩnh Phúc Đã chấm dứt', { exact: true }).check();
		await page.getByRole('group', { name: 'Dữ liệu mở' }).getByLabel('Không sử dụng').check();
		await page.getByRole('group', { name: 'Chính phủ số' }).getByLabel('Không sử dụng').check();
		await page.getByRole('button', { name: 'Tạo', exact: true }).click();
		await expect(page.locator('#field-frameworkIds-error')).toHaveText('Chọn ít nhất một bộ tiêu chí.');
		// The closed unit stays chosen, and shown, after the refusal.
		await expect(page.getByLabel('Vĩnh Phúc Đã chấm dứt', { exact: true })).toBeChecked();
		await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2019');
		await page.getByRole('group', { name: 'Chính phủ số' }).getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Tạo', exact: true }).click();
		await expect(page).toHaveURL(/\/rounds\/\d+\?created=1$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đợt năm 2019 (dự thảo)');
		expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['Vĩnh Phúc']);
		await expect(page.locator('thead')).not.toContainText('Dữ liệu mở');

		await page.getByRole('link', { name: 'Sửa', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa đợt đánh giá');
		await expect(page.getByLabel('Tên đợt (tiếng Việt)', { exact: true })).toHaveValue(
			'Đợt năm 2019 (dự thảo)'
		);
		await expect(page.getByRole('group', { name: 'Dữ liệu mở' }).getByLabel('Không sử dụng')).toBeChecked();
		await page.getByLabel('Tên đợt (tiếng Việt)', { exact: true }).fill('Đợt năm 2019');
		await page.getByLabel('Hà Nội', { exact: true }).check();
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đợt năm 2019');
		expect(await page.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['Hà Nội', 'Vĩnh Phúc']);

		const deadlines = page.locator('form[action="?/deadlines"]');
		await deadlines.getByLabel('Hạn tự đánh giá').fill('2019-10-31');
		await deadlines.getByLabel('Hạn thẩm định').fill('2019-10-01');
		await deadlines.getByRole('button').click();
		await expect(page.locator('#deadline-review-error')).toHaveText(
			'Hạn thẩm định không được trước hạn tự đánh giá.'
		);
		await expect(page.locator('form[action="?/deadlines"]').getByLabel('Hạn tự đánh giá')).toHaveValue(
			'2019-10-31'
		);
		await page.locator('form[action="?/deadlines"]').getByLabel('Hạn thẩm định').fill('2019-11-30');
		await page.locator('form[action="?/deadlines"]').getByRole('button').click();
		await expect(page.getByRole('status')).toHaveText('Đã lưu thời hạn.');

		const hanoi = row(page, 'Hà Nội');
		await hanoi.getByText('Phân công chuyên gia').click();
		await hanoi.getByLabel('Sarah Whitfield').check();
		await hanoi.getByRole('button', { name: 'Lưu phân công' }).click();
		await expect(page.getByRole('status')).toHaveText('Đã lưu phân công chuyên gia cho Hà Nội.');
		await expect(row(page, 'Hà Nội').locator('td').last()).toContainText('Sarah Whitfield');
	});
});
