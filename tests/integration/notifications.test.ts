/**
 * Notifications over HTTP against the production build, with a local SMTP receiver on loopback: the
 * assessor returns Bộ Nông nghiệp và Môi trường's work; its two respondents — one reading Vietnamese, one
 * English — get an email each in their language and see the notification in the app. When the SMTP server
 * is gone, the next transition still succeeds and the failure is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, postForm, signIn, startServer, type TestServer } from './harness';
import { startMailReceiver, type MailReceiver } from './mail-receiver';

const ORG = 'bo-nong-nghiep-va-moi-truong';
const LEAD = 'nongnghiep.lanhdao@sansang.example';
const MEMBER = 'nongnghiep@sansang.example';
const ASSESSOR = 'chuyengia@sansang.example';
const COMMENT = 'Đề nghị bổ sung quyết định phê duyệt kiến trúc Chính phủ số (DG-5.1) và số liệu dịch vụ công trực tuyến.';

let server: TestServer;
let receiver: MailReceiver;

function query<T>(sql: string, ...args: unknown[]): T[] {
	const db = server.db();
	try {
		return db.prepare(sql).all(...args) as T[];
	} finally {
		db.close();
	}
}

const assessmentOf = (kind: 'dg' | 'od') =>
	query<{ id: number }>(
		"SELECT a.id FROM assessments a JOIN organisations o ON o.id = a.organisation_id JOIN frameworks f ON f.id = a.framework_id JOIN rounds r ON r.id = a.round_id WHERE o.code = ? AND f.kind = ? AND r.year = 2026",
		ORG,
		kind
	)[0].id;

async function waitForEmailStatus(assessmentId: number, status: string): Promise<{ email_status: string; email_error: string | null }[]> {
	const deadline = Date.now() + 15_000;
	for (;;) {
		const rows = query<{ email_status: string; email_error: string | null }>("SELECT email_status, email_error FROM notifications WHERE assessment_id = ? AND kind = 'returned'", assessmentId);
		if (rows.length && rows.every((r) => r.email_status === status)) return rows;
		if (Date.now() > deadline) throw new Error(`notifications of ${assessmentId} not ${status}: ${JSON.stringify(rows)}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

beforeAll(async () => {
	receiver = await startMailReceiver();
	server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${receiver.port}`, SMTP_FROM: 'Sẵn Sàng <thongbao@sansang.example>' });
	const db = server.db();
	db.prepare("UPDATE users SET locale = 'en' WHERE email = ?").run(MEMBER);
	db.close();
});
afterAll(async () => {
	await server?.stop();
	await receiver?.close().catch(() => {});
});

describe('notifications by email and in the app', () => {
	it('a return reaches each respondent by email in their own language, once the transition committed', async () => {
		const dg = assessmentOf('dg');
		const assessor = await signIn(server.url, ASSESSOR);
		const res = await postForm(server.url, `/assessments/${dg}?/transition`, { name: 'return', comment: COMMENT }, assessor);
		expect(res.status).toBe(200);
		expect(query<{ status: string }>('SELECT status FROM assessments WHERE id = ?', dg)[0].status).toBe('returned');

		const mails = await receiver.waitFor(2);
		expect(mails.flatMap((m) => m.to).sort()).toEqual([MEMBER, LEAD].sort());
		const vi = mails.find((m) => m.to.includes(LEAD))!;
		const en = mails.find((m) => m.to.includes(MEMBER))!;

		expect(vi.headers.get('from')).toContain('thongbao@sansang.example');
		expect(vi.headers.get('content-language')).toBe('vi');
		expect(vi.subject).toBe('[Sẵn Sàng] Bài đánh giá Chính phủ số của Bộ Nông nghiệp và Môi trường được trả lại để bổ sung');
		expect(vi.text).toContain('Kính gửi Dương Văn Hiếu,');
		expect(vi.text).toContain(`Nhận xét kèm theo:\n${COMMENT}`);
		expect(vi.text).toContain('Đợt đánh giá: Đánh giá mức độ sẵn sàng Chính phủ số và dữ liệu mở năm 2026');
		expect(vi.text).toContain(`Mở bài đánh giá: ${server.url}/assessments/${dg}`);

		expect(en.headers.get('content-language')).toBe('en');
		expect(en.subject).toBe('[Sẵn Sàng] The Digital government assessment of Ministry of Agriculture and Environment was returned for revision');
		expect(en.text).toContain('Dear Chu Thị Lệ Quyên,');
		expect(en.text).toContain(`Comment sent with it:\n${COMMENT}`);
		expect(en.text).toContain('Round: Digital government and open data readiness assessment 2026');
		expect(en.text).toContain(`Open the assessment: ${server.url}/assessments/${dg}`);
		expect(en.text).not.toMatch(/Kính gửi|Mở bài/);

		await waitForEmailStatus(dg, 'sent');
	});

	it('the respondent sees it in the header and on the notifications page, and marks it read', async () => {
		const dg = assessmentOf('dg');
		const lead = await signIn(server.url, LEAD);
		const home = await (await get(server.url, '/', lead)).text();
		expect(home).toMatch(/class="unread-count[^"]*"[^>]*>1</);
		const page = await (await get(server.url, '/notifications', lead)).text();
		expect(page).toContain('Bài đánh giá Chính phủ số của Bộ Nông nghiệp và Môi trường được trả lại để bổ sung');
		expect(page).toContain(COMMENT);
		expect(page).toContain(`href="/assessments/${dg}"`);
		const [{ id }] = query<{ id: number }>("SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = ? AND n.assessment_id = ? AND n.kind = 'returned'", LEAD, dg);
		// Another person cannot mark it.
		const member = await signIn(server.url, MEMBER);
		expect((await postForm(server.url, '/notifications?/read', { id: String(id) }, member)).status).toBe(404);
		expect((await postForm(server.url, '/notifications?/read', { id: String(id) }, lead)).status).toBe(200);
		expect(await (await get(server.url, '/', lead)).text()).not.toMatch(/class="unread-count/);
	});

	it('when the SMTP server is gone the transition still succeeds; the failure is logged and recorded on the notifications', async () => {
		await receiver.close();
		const od = assessmentOf('od');
		const assessor = await signIn(server.url, ASSESSOR);
		const res = await postForm(server.url, `/assessments/${od}?/transition`, { name: 'return', comment: 'Bổ sung danh mục dữ liệu mở.' }, assessor);
		expect(res.status).toBe(200);
		expect(query<{ status: string }>('SELECT status FROM assessments WHERE id = ?', od)[0].status).toBe('returned');
		const rows = await waitForEmailStatus(od, 'failed');
		expect(rows).toHaveLength(2);
		expect(rows[0].email_error).toMatch(/ECONNREFUSED|connect/i);
		// The log line goes out on the server's stderr, which can reach this process after the database row.
		await expect.poll(() => server.output()).toContain('notifications: email');
	});
});
