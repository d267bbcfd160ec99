import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { checkUpload } from '$lib/domain/files';
import { demoPdf, demoPng, withoutDiacritics } from './demo-files';

describe('demo files', () => {
	it('makes a PDF whose cross-reference table points at its objects, titled in Vietnamese in its metadata', () => {
		const bytes = demoPdf('Kế hoạch chuyển đổi số năm 2026 của Bộ Tài chính', 'Bộ Tài chính');
		expect(checkUpload('ke-hoach.pdf', bytes, 1 << 20)).toEqual({ ok: true, kind: { extension: 'pdf', mime: 'application/pdf' } });
		const text = new TextDecoder().decode(bytes);
		expect(text.endsWith('%%EOF\n')).toBe(true);
		const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
		expect(text.slice(xref, xref + 4)).toBe('xref');
		const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
		expect(offsets).toHaveLength(6);
		offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
		expect(text).toContain('(Ke hoach chuyen doi so nam 2026 cua Bo Tai chinh)');
		expect(text).toContain('/Title <FEFF004B1EBF');
	});

	it('makes a PNG with valid chunks that decodes to the stated size', () => {
		const bytes = demoPng([0.2, 0.9, 0.5], 30, 10);
		expect(checkUpload('bieu-do.png', bytes, 1 << 20).ok).toBe(true);
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([30, 10]);
		const idatLength = view.getUint32(33);
		expect(new TextDecoder().decode(bytes.slice(37, 41))).toBe('IDAT');
		expect(inflateSync(bytes.slice(41, 41 + idatLength)).length).toBe((30 * 3 + 1) * 10);
	});

	it('strips Vietnamese diacritics for the built-in PDF font', () => {
		expect(withoutDiacritics('Đà Nẵng – Huế')).toBe('Da Nang - Hue');
	});
});
