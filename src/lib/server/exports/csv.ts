/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold the separator, a quote, CR or
 * LF, quotes doubled inside. Two flavours:
 *
 * - for people (`locale` set): a UTF-8 byte order mark so spreadsheet software reads Vietnamese correctly,
 *   the locale's decimal separator, and — because spreadsheet software in a decimal-comma locale splits on
 *   semicolons — `;` between fields in Vietnamese (docs/decisions.md). Text that would start a formula is
 *   prefixed with an apostrophe (CSV injection).
 * - open data (`locale: null`): no BOM, `,` between fields, decimal points, values exactly as given.
 */
import type { CellValue, Table } from '$lib/domain/report/tables';
import type { Locale } from '$lib/domain/text';

export const BOM = '\uFEFF';

export interface CsvOptions {
	/** Start with a UTF-8 byte order mark (people's exports). */
	bom: boolean;
	/** The reader's language for numbers and separators; null = locale-neutral open data. */
	locale: Locale | null;
}

export function csvSeparator(locale: Locale | null): ',' | ';' {
	return locale === 'vi' ? ';' : ',';
}

/** A number as text: shortest exact form, with the locale's decimal separator. */
export function csvNumber(value: number, locale: Locale | null): string {
	if (!Number.isFinite(value)) return '';
	const text = String(value);
	return locale === 'vi' ? text.replace('.', ',') : text;
}

/** Quotes a field when it must be (RFC 4180 §2.6–2.7). */
export function quoteField(text: string, separator: string): string {
	return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// OWASP "CSV injection": cells starting with these run as formulas in spreadsheet software.
const formulaStart = /^[=+\-@\t\r]/;

function field(value: CellValue, options: CsvOptions, separator: string): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return quoteField(csvNumber(value, options.locale), separator);
	const text = options.locale !== null && formulaStart.test(value) ? `'${value}` : value;
	return quoteField(text, separator);
}

export function toCsv(table: Table, options: CsvOptions): string {
	const separator = csvSeparator(options.locale);
	const lines = [table.columns.map((c) => field(c.label, options, separator)).join(separator)];
	for (const row of table.rows)
		lines.push(table.columns.map((c) => field(row[c.key] ?? null, options, separator)).join(separator));
	return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/**
 * Reads CSV back (RFC 4180), for tests and for checking what was written: rows of raw field texts.
 * A leading BOM is skipped.
 */
export function parseCsv(text: string, separator = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let fieldText = '';
	let quoted = false;
	let i = text.startsWith(BOM) ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				fieldText += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else fieldText += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === separator) {
			row.push(fieldText);
			fieldText = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(fieldText);
			rows.push(row);
			row = [];
			fieldText = '';
			i++;
		} else if (ch === '\n') {
			row.push(fieldText);
			rows.push(row);
			row = [];
			fieldText = '';
		} else fieldText += ch;
	}
	if (fieldText !== '' || row.length) {
		row.push(fieldText);
		rows.push(row);
	}
	return rows;
}
