/**
 * Tiny but valid files for the demo's documents: a one-page PDF that says it is fictional, and a small PNG
 * (a bar chart, standing in for a screenshot). Both pass the upload checks like real files would.
 */
import { deflateSync } from 'node:zlib';

/** Vietnamese without diacritics, for the PDF's built-in font (which has no Vietnamese glyphs). */
export function withoutDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[^\x20-\x7e]/g, '-');
}

const pdfString = (text: string) => `(${withoutDiacritics(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** UTF-16BE hex string: the document title keeps its Vietnamese in the PDF's metadata. */
function pdfUnicode(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `<${hex}>`;
}

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** A one-page A4 PDF 1.4 with a title, the issuing body and a line saying the document is fictional. */
export function demoPdf(title: string, issuer: string): Uint8Array {
	const lines = [
		{ size: 9, text: 'SAN SANG - DU LIEU MINH HOA / DEMO DATA' },
		...wrap(title, 60).map((text) => ({ size: 16, text })),
		{ size: 11, text: issuer },
		{ size: 10, text: 'Tai lieu hu cau, chi dung de trinh dien phan mem. Fictional document for demonstration only.' }
	];
	let y = 780;
	const content = lines
		.map((l) => {
			const op = `BT /F1 ${l.size} Tf 56 ${y} Td ${pdfString(l.text)} Tj ET`;
			y -= l.size + 12;
			return op;
		})
		.join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		`<< /Title ${pdfUnicode(title)} /Author ${pdfUnicode(issuer)} /Producer (San Sang demo) >>`
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** A small RGB PNG: bars of the given heights (0–1) on a light background. */
export function demoPng(bars: readonly number[], width = 160, height = 90): Uint8Array {
	const raw = new Uint8Array((width * 3 + 1) * height);
	const barWidth = Math.floor(width / Math.max(1, bars.length));
	for (let y = 0; y < height; y++) {
		const row = y * (width * 3 + 1);
		raw[row] = 0;
		for (let x = 0; x < width; x++) {
			const bar = Math.floor(x / barWidth);
			const inside = bar < bars.length && x % barWidth > 2 && height - y <= bars[bar] * (height - 8);
			const [r, g, b] = inside ? [0x1f, 0x5f, 0xa8] : [0xf4, 0xf6, 0xf8];
			raw.set([r, g, b], row + 1 + x * 3);
		}
	}
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	header.set([8, 2, 0, 0, 0], 8);
	const parts = [
		new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', new Uint8Array(deflateSync(raw))),
		chunk('IEND', new Uint8Array(0))
	];
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}
