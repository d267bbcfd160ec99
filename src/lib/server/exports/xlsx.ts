/**
 * Spreadsheets for people (exceljs): one sheet per table, bold frozen header row with a filter, column
 * widths from the content, numbers stored as numbers (the spreadsheet shows them with the reader's own
 * decimal separator) with a display format per column: scores one decimal, coverage as a percentage.
 * Values are never rounded: the cell holds the model's number.
 */
import ExcelJS from 'exceljs';
import type { ColumnFormat, Table } from '$lib/domain/report/tables';

const numberFormats: Partial<Record<ColumnFormat, string>> = { score: '0.0', fraction: '0%', integer: '0' };

/** A name Excel accepts: at most 31 characters, none of * ? : \ / [ ], no quote at either end, unique. */
export function sheetName(name: string, taken: Set<string>): string {
	let base = name
		.replace(/[*?:/\\[\]]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^'+|'+$/g, '');
	if (!base || base === 'History') base = 'Sheet';
	base = [...base].slice(0, 31).join('').trim();
	let candidate = base;
	for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		candidate =
			[...base]
				.slice(0, 31 - suffix.length)
				.join('')
				.trim() + suffix;
	}
	taken.add(candidate.toLowerCase());
	return candidate;
}

function widthOf(values: unknown[]): number {
	const longest = Math.max(...values.map((v) => (v === null || v === undefined ? 0 : [...String(v)].length)));
	return Math.min(60, Math.max(8, longest + 2));
}

export async function toXlsx(tables: Table[], options: { title?: string } = {}): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Sẵn Sàng';
	if (options.title) workbook.title = options.title;
	const taken = new Set<string>();
	for (const table of tables) {
		const sheet = workbook.addWorksheet(sheetName(table.name, taken), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		sheet.columns = table.columns.map((c) => ({
			header: c.label,
			key: c.key,
			width: widthOf([c.label, ...table.rows.map((r) => r[c.key])]),
			style: numberFormats[c.format ?? 'text'] ? { numFmt: numberFormats[c.format ?? 'text'] } : {}
		}));
		for (const row of table.rows)
			sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
		const header = sheet.getRow(1);
		header.font = { bold: true };
		header.alignment = { vertical: 'top', wrapText: true };
		if (table.columns.length)
			sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a workbook back: per sheet, its name and its rows of cell values (for tests and checks). */
export async function readXlsx(
	data: Buffer | Uint8Array
): Promise<{ name: string; rows: (string | number | null)[][] }[]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(data as unknown as ArrayBuffer);
	return workbook.worksheets.map((ws) => {
		const rows: (string | number | null)[][] = [];
		ws.eachRow({ includeEmpty: true }, (row) => {
			const values: (string | number | null)[] = [];
			for (let c = 1; c <= ws.columnCount; c++) {
				const v = row.getCell(c).value;
				values.push(
					v === null || v === undefined
						? null
						: typeof v === 'number' || typeof v === 'string'
							? v
							: String(v)
				);
			}
			rows.push(values);
		});
		return { name: ws.name, rows };
	});
}
