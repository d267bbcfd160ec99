/**
 * Upload checks: a file is accepted only when its extension is on the allow-list AND its first bytes
 * match that kind of file (a renamed executable or a disguised file is refused).
 */

export interface FileKind {
	extension: string;
	mime: string;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

type Check = (bytes: Uint8Array) => boolean;

const startsWith =
	(...signature: number[]): Check =>
	(bytes) =>
		signature.every((b, i) => bytes[i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));

/** Plain text: valid UTF-8 with no NUL bytes (CSV and TXT). */
const isText: Check = (bytes) => {
	if (bytes.includes(0)) return false;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

const allowed: Record<string, { mime: string; check: Check }> = {
	pdf: { mime: 'application/pdf', check: (b) => ascii(b, 0, 5) === '%PDF-' },
	doc: { mime: 'application/msword', check: startsWith(...OLE2) },
	xls: { mime: 'application/vnd.ms-excel', check: startsWith(...OLE2) },
	ppt: { mime: 'application/vnd.ms-powerpoint', check: startsWith(...OLE2) },
	docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', check: startsWith(...ZIP) },
	xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', check: startsWith(...ZIP) },
	pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', check: startsWith(...ZIP) },
	odt: { mime: 'application/vnd.oasis.opendocument.text', check: startsWith(...ZIP) },
	ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', check: startsWith(...ZIP) },
	odp: { mime: 'application/vnd.oasis.opendocument.presentation', check: startsWith(...ZIP) },
	png: { mime: 'image/png', check: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
	jpg: { mime: 'image/jpeg', check: startsWith(0xff, 0xd8, 0xff) },
	jpeg: { mime: 'image/jpeg', check: startsWith(0xff, 0xd8, 0xff) },
	gif: { mime: 'image/gif', check: (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)) },
	webp: { mime: 'image/webp', check: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
	csv: { mime: 'text/csv', check: isText },
	txt: { mime: 'text/plain', check: isText }
};

export const allowedExtensions = Object.keys(allowed);

export type FileCheck =
	| { ok: true; kind: FileKind }
	| { ok: false; reason: 'empty' | 'too_large' | 'extension' | 'content' };

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

export function checkUpload(name: string, bytes: Uint8Array, maxBytes: number): FileCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > maxBytes) return { ok: false, reason: 'too_large' };
	const extension = extensionOf(name);
	const rule = allowed[extension];
	if (!rule) return { ok: false, reason: 'extension' };
	if (!rule.check(bytes)) return { ok: false, reason: 'content' };
	return { ok: true, kind: { extension, mime: rule.mime } };
}

/** A safe display name: no path, no control characters, NFC, at most 200 characters. */
export function cleanFileName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? 'file';
	// eslint-disable-next-line no-control-regex
	return base.normalize('NFC').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) || 'file';
}
