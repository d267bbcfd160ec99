import { describe, expect, it } from 'vitest';
import { checkUpload, cleanFileName } from './files';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 20, 0);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00);
const MB = 1024 * 1024;

describe('uploads are checked by extension and by content (S7)', () => {
	it.each([
		['ke-hoach.pdf', PDF, 'application/pdf'],
		['bao-cao.DOCX', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['so-lieu.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['anh.png', PNG, 'image/png'],
		['danh-sach.csv', text('mã,tên\n1,Hà Nội\n'), 'text/csv']
	])('accepts %s', (name, content, mime) => {
		const result = checkUpload(name, content, 10 * MB);
		expect(result).toEqual({ ok: true, kind: { extension: name.split('.').pop()!.toLowerCase(), mime } });
	});

	it.each([
		['a program renamed to .pdf', 'chuong-trinh.pdf', EXE, 'content'],
		['a PDF renamed to .png', 'anh.png', PDF, 'content'],
		['a zip posing as a Word 97 file', 'cu.doc', ZIP, 'content'],
		['binary data named .csv', 'bang.csv', bytes(0, 1, 2, 3), 'content'],
		['an executable extension', 'setup.exe', EXE, 'extension'],
		['an HTML page', 'trang.html', text('<script>alert(1)</script>'), 'extension'],
		['no extension', 'README', text('hello'), 'extension'],
		['an empty file', 'rong.pdf', new Uint8Array(0), 'empty']
	])('refuses %s', (_what, name, content, reason) => {
		expect(checkUpload(name, content, 10 * MB)).toEqual({ ok: false, reason });
	});

	it('refuses a file over the size limit', () => {
		const big = new Uint8Array(10 * MB + 1);
		big.set(PDF);
		expect(checkUpload('lon.pdf', big, 10 * MB)).toEqual({ ok: false, reason: 'too_large' });
	});

	it('keeps only a clean display name: no path, no control characters, NFC', () => {
		expect(cleanFileName('C:\\Users\\x\\Ke hoa\u0323ch\u0000 "2026".pdf')).toBe('Ke hoạch 2026.pdf');
		expect(cleanFileName('../../etc/passwd')).toBe('passwd');
	});
});
