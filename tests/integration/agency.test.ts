/**
 * The spreadsheet round-trip and the paper questionnaire over HTTP, against the production build and the
 * demo database: Bộ Tài chính's DG (in progress) as its lead. Workbooks made by the app come back with
 * answers changed; hand-broken ones are refused with precise messages and store nothing; answers changed
 * on the server since the download come back as conflicts; fuzzed uploads never get a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { startServer, signIn, type TestServer } from './harness';
import { buildWorld } from './matrix/world';
import { COL, META_SHEET } from '../../src/lib/domain/workbook';

let server: TestServer;
let lead: string;
let member: string;
let dgA: number;

const query = <T>(sql: string, ...args: unknown[]): T => {
	const db = server.db();
	try {
		return db.prepare(sql).get(...args) as T;
	} finally {
		db.close();
	}
};
/** Everything an upload could change: the self answers of A's DG and the audit log. */
const state = () => ({
	answers: query<{ s: string }>("SELECT group_concat(question_code || ':' || coalesce(rating, '') || ':' || version, ',') AS s FROM (SELECT * FROM answers WHERE assessment_id = ? AND source = 'self' ORDER BY question_code)", dgA).s,
	audit: query<{ n: number }>('SELECT count(*) AS n FROM audit_events').n
});
const selfAnswer = (code: string) =>
	query<{ rating: string | null; comment: string | null; version: number } | undefined>("SELECT rating, comment, version FROM answers WHERE assessment_id = ? AND source = 'self' AND question_code = ?", dgA, code);

beforeAll(async () => {
	server = await startServer();
	const db = server.db();
	dgA = buildWorld(db).ids.dgA;
	db.close();
	lead = await signIn(server.url, 'taichinh.lanhdao@sansang.example');
	member = await signIn(server.url, 'taichinh@sansang.example');
});
afterAll(async () => server?.stop());

async function download(cookie = lead): Promise<Buffer> {
	const res = await fetch(`${server.url}/assessments/${dgA}/workbook`, { headers: { cookie } });
	expect(res.status).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	change(wb);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

function rowOf(wb: ExcelJS.Workbook, code: string): ExcelJS.Row {
	const ws = wb.getWorksheet(code.split('.')[0])!;
	for (let r = 3; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(COL.code).value === code) return ws.getRow(r);
	throw new Error(`no row for ${code}`);
}

function post(action: string, form: FormData, cookie = lead): Promise<Response> {
	return fetch(`${server.url}/assessments/${dgA}/workbook/upload?/${action}`, {
		method: 'POST',
		headers: { cookie, origin: server.url, accept: 'text/html' },
		body: form
	});
}

function upload(bytes: Uint8Array, name = 'bang-tinh.xlsx', cookie = lead): Promise<Response> {
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(bytes)]), name);
	return post('upload', form, cookie);
}

const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

describe('the round-trip', () => {
	it('downloads an attachment, takes back three answers changed in the spreadsheet and says what happened', async () => {
		const res = await fetch(`${server.url}/assessments/${dgA}/workbook`, { headers: { cookie: lead } });
		expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="sansang-2026-bo-tai-chinh-dg-sansang-1-1-self.xlsx"');
		expect(res.headers.get('cache-control')).toBe('no-store');
		const bytes = await edit(Buffer.from(await res.arrayBuffer()), (wb) => {
			rowOf(wb, 'DG-2.1').getCell(COL.answer).value = 'Mức 4 – Tối ưu';
			rowOf(wb, 'DG-2.2').getCell(COL.answer).value = 'Mức 1 – Khởi đầu';
			rowOf(wb, 'DG-2.2').getCell(COL.comment).value = 'Cổng dịch vụ công chưa có khảo sát';
			rowOf(wb, 'DG-3.1').getCell(COL.answer).value = 'Không rõ';
		});
		const result = await upload(bytes);
		expect(result.status).toBe(200);
		const page = text(await result.text());
		expect(page).toMatch(/Đã cập nhật 3 câu trả lời, 0 xung đột, \d+ câu không thay đổi\./);
		expect(selfAnswer('DG-2.1')?.rating).toBe('4');
		expect(selfAnswer('DG-2.2')).toMatchObject({ rating: '1', comment: 'Cổng dịch vụ công chưa có khảo sát' });
		expect(selfAnswer('DG-3.1')?.rating).toBe('dont_know');
		const audit = query<{ after: string }>("SELECT after FROM audit_events WHERE entity = 'assessment' AND action = 'workbook_upload' ORDER BY id DESC LIMIT 1");
		expect(JSON.parse(audit.after)).toMatchObject({ source: 'self', updated: ['DG-2.1', 'DG-2.2', 'DG-3.1'], conflicts: [] });
	});

	it('an answer changed on screen after the download is a conflict with both values, resolved one by one', async () => {
		const downloaded = await download();
		const before = selfAnswer('DG-2.3');
		const saved = await fetch(`${server.url}/assessments/${dgA}/save`, {
			method: 'POST',
			headers: { cookie: member, 'content-type': 'application/json' },
			body: JSON.stringify({ questionCode: 'DG-2.3', source: 'self', rating: '2', comment: 'Sửa trên màn hình', baseVersion: before?.version ?? 0 })
		});
		expect(saved.status).toBe(200);
		const bytes = await edit(downloaded, (wb) => {
			rowOf(wb, 'DG-2.3').getCell(COL.answer).value = 'Mức 3 – Xác lập';
			rowOf(wb, 'DG-2.4').getCell(COL.comment).value = 'Đã có số liệu khảo sát';
		});
		const res = await upload(bytes);
		const html = await res.text();
		expect(text(html)).toMatch(/Đã cập nhật 1 câu trả lời, 1 xung đột, \d+ câu không thay đổi\./);
		expect(text(html)).toContain('Xung đột cần xử lý (1)');
		expect(text(html)).toContain('Sửa trên màn hình');
		expect(selfAnswer('DG-2.3')).toMatchObject({ rating: '2', comment: 'Sửa trên màn hình' });
		expect(selfAnswer('DG-2.4')?.comment).toBe('Đã có số liệu khảo sát');

		const pending = decode(/name="pending" value="([^"]*)"/.exec(html)![1]);
		const form = new FormData();
		form.append('pending', pending);
		form.append('code', 'DG-2.3');
		form.append('decision', 'keep');
		const kept = await post('resolve', form);
		expect(kept.status).toBe(200);
		expect(text(await kept.text())).toContain('Đã lưu bản của bạn cho câu DG-2.3.');
		expect(selfAnswer('DG-2.3')?.rating).toBe('3');
	});
});

describe('refusals: precise messages, nothing stored', () => {
	async function refused(bytes: Uint8Array, name = 'bang-tinh.xlsx') {
		const before = state();
		const res = await upload(bytes, name);
		expect(res.status).toBe(400);
		expect(state()).toEqual(before);
		return text(await res.text());
	}

	it('a 20 MB file', async () => {
		const big = new Uint8Array(20 * 1024 * 1024);
		big.set([0x50, 0x4b, 0x03, 0x04]);
		expect(await refused(big)).toContain('Tệp lớn hơn 10 MB.');
	});

	it('a file that is not a workbook, renamed .xlsx', async () => {
		expect(await refused(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'bao-cao.xlsx')).toContain('Tệp không phải là bảng tính Excel (.xlsx) đọc được.');
	});

	it('edited hidden metadata, a changed code, a level out of range, a removed sheet', async () => {
		const downloaded = await download();
		const metaEdited = await edit(downloaded, (wb) => {
			wb.getWorksheet(META_SHEET)!.eachRow((row) => {
				if (row.getCell(1).value === 'assessmentId') row.getCell(2).value = '1';
			});
		});
		expect(await refused(metaEdited)).toContain('Phần thông tin ẩn của bảng tính đã bị sửa nên không thể tin cậy.');
		const broken = await edit(downloaded, (wb) => {
			rowOf(wb, 'DG-5.1').getCell(COL.answer).value = 'Mức 3 – Xác lập';
			rowOf(wb, 'DG-5.2').getCell(COL.code).value = 'DG-5.9';
			rowOf(wb, 'DG-6.1').getCell(COL.answer).value = 'Mức 6';
			wb.removeWorksheet(wb.getWorksheet('DG-7')!.id);
		});
		const page = await refused(broken);
		expect(page).toContain('Bảng tính chưa được tiếp nhận, không câu trả lời nào được lưu. Có 4 lỗi cần sửa:');
		expect(page).toContain('Trang tính DG-5, dòng 4: “DG-5.9” không phải mã của một câu hỏi trong trang tính này');
		expect(page).toContain('Trang tính DG-5: thiếu câu DG-5.2.');
		expect(page).toMatch(/Trang tính DG-6, dòng 3, câu DG-6\.1: “Mức 6” không phải là một lựa chọn hợp lệ/);
		expect(page).toContain('Thiếu trang tính DG-7.');
	});
});

describe('fuzzed uploads (no 5xx)', () => {
	it('random files, names and fields: never a 5xx, nothing stored', async () => {
		const before = state();
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					name: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('.xlsx', '.xls', '.pdf', '', '.XLSX')).map(([a, b]) => a + b),
					bytes: fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.uint8Array({ maxLength: 2048 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]))),
					extra: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 50 }), { maxKeys: 3 })
				}),
				async ({ name, bytes, extra }) => {
					const form = new FormData();
					for (const [k, v] of Object.entries(extra)) form.append(k, v);
					form.append('file', new Blob([bytes]), name);
					const res = await post('upload', form);
					expect(res.status).toBeLessThan(500);
				}
			),
			{ numRuns: 60 }
		);
		expect(state()).toEqual(before);
	});

	it('workbooks damaged byte by byte, and conflict decisions with made-up bodies: never a 5xx', async () => {
		const downloaded = await download();
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fc.nat(downloaded.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
				const bytes = new Uint8Array(downloaded);
				for (const [at, value] of flips) bytes[at] = value;
				const res = await upload(bytes);
				expect(res.status).toBeLessThan(500);
			}),
			{ numRuns: 40 }
		);
		const before = state();
		await fc.assert(
			fc.asyncProperty(fc.record({ pending: fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })), code: fc.string({ maxLength: 10 }), decision: fc.constantFrom('keep', 'theirs', 'x') }), async (fields) => {
				const form = new FormData();
				for (const [k, v] of Object.entries(fields)) form.append(k, v);
				const res = await post('resolve', form);
				expect(res.status).toBeLessThan(500);
			}),
			{ numRuns: 60 }
		);
		expect(state().answers).toEqual(before.answers);
	});
});

describe('paper', () => {
	it('an A4 page without JavaScript, with the current answers and the sign-off block; a PDF where Chromium is installed', async () => {
		const res = await fetch(`${server.url}/assessments/${dgA}/print`, { headers: { cookie: lead } });
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).not.toMatch(/<script[^>]*type="module"/);
		const styles = await Promise.all([...html.matchAll(/<link href="([^"]+\.css)"/g)].map(async ([, href]) => (await fetch(new URL(href, `${server.url}/assessments/${dgA}/print`))).text()));
		// A4 and the running header come from an inline @page rule (shared with reports), the rest from the stylesheets.
		expect([html, ...styles].join('\n')).toMatch(/@page\s*\{\s*size:\s*A4/);
		const page = text(html);
		expect(page).toContain('Phiếu tự đánh giá');
		expect(page).toContain('Xác nhận của lãnh đạo cơ quan, đơn vị');
		expect(page).toContain('(đã chọn)');
		const blank = text(await (await fetch(`${server.url}/assessments/${dgA}/print?blank=1`, { headers: { cookie: lead } })).text());
		expect(blank).toContain('Phiếu khảo sát (mẫu trống)');
		expect(blank).not.toContain('(đã chọn)');
		const pdf = await fetch(`${server.url}/assessments/${dgA}/print.pdf`, { headers: { cookie: lead }, redirect: 'manual' });
		if (pdf.status === 303) {
			// No Chromium on this machine: the print page explains what to do instead.
			expect(pdf.headers.get('location')).toBe(`/assessments/${dgA}/print?pdf=unavailable`);
		} else {
			expect(pdf.status).toBe(200);
			expect(pdf.headers.get('content-type')).toBe('application/pdf');
			expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
		}
		const unavailable = text(await (await fetch(`${server.url}/assessments/${dgA}/print?pdf=unavailable`, { headers: { cookie: lead } })).text());
		expect(unavailable).toContain('Máy chủ này chưa cài Chromium nên không tạo được tệp PDF.');
	});
});
