/**
 * Exports: tables (from `$lib/domain/report/tables`) written as CSV or XLSX, and the HTTP answer that
 * carries them as a download.
 */
export type { CellValue, Column, ColumnFormat, Table } from '$lib/domain/report/tables';
export { toCsv, parseCsv, BOM, csvSeparator } from './csv';
export { toXlsx, readXlsx, sheetName } from './xlsx';
import { slugify } from '$lib/domain/text';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export const contentTypes: Record<ExportFormat | 'json', string> = {
	pdf: 'application/pdf',
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	json: 'application/json; charset=utf-8'
};

/** A file name safe in any header and file system: ASCII letters, digits, dashes, one extension. */
export function safeFileName(parts: (string | number)[], extension: string): string {
	const base = parts
		.map((p) => slugify(String(p)))
		.filter(Boolean)
		.join('-')
		.slice(0, 120)
		.replace(/-+$/, '');
	return `${base || 'export'}.${extension.replace(/[^a-z0-9]/gi, '')}`;
}

/** A download: always an attachment, never sniffed, never cached (exports of signed-in data). */
export function download(body: string | Buffer, format: ExportFormat, fileName: string): Response {
	const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
	return new Response(bytes, {
		headers: {
			'Content-Type': contentTypes[format],
			'Content-Length': String(bytes.byteLength),
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'no-store'
		}
	});
}
