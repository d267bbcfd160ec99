import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx, sheetName, toXlsx } from './xlsx';
import { parseCsv, toCsv } from './csv';
import { loadFramework } from '$lib/domain/frameworks/validate';
import type { DgFramework } from '$lib/domain/frameworks/schema';
import { miniDg } from '$lib/domain/scoring/fixtures/mini-frameworks';
import { scoreDg } from '$lib/domain/scoring/engine';
import { distributionModel, heatmapModel, type DashboardRow } from '$lib/domain/report/charts';
import { distributionTable, heatmapTable, type Label, type Table } from '$lib/domain/report/tables';

const dg = loadFramework(miniDg) as DgFramework;
const label: Label = (kind, code) =>
	kind === 'column' ? code : kind === 'table' ? `Bảng ${code}` : `${code}`;

const rows: DashboardRow[] = [
	['Thừa Thiên Huế', ['3', '2', '4', 'dont_know']],
	['Đà Nẵng', ['1', '2', '2', '4']],
	['Bộ Tài chính', ['4', '4', '3', 'na']]
].map(([name, levels], i) => ({
	assessmentId: i + 1,
	organisationId: i + 1,
	name: name as string,
	kind: 'province',
	region: null,
	status: 'published',
	result: scoreDg(
		dg,
		{
			answers: (levels as string[]).map((rating, j) => ({ code: `DG-1.${j + 1}`, source: 'final', rating }))
		},
		{ orgKind: 'province' }
	)
}));

const heatmap = heatmapModel(dg, rows, 'final', 'name', 'vi');
const heatmapT = heatmapTable(heatmap, 'dg', label);
const distribution = distributionTable(distributionModel(dg, rows, 'final'), label);

describe('workbooks', () => {
	it("one sheet per table; the cells read back are the models' numbers and Vietnamese text intact", async () => {
		const sheets = await readXlsx(await toXlsx([heatmapT, distribution]));
		expect(sheets.map((s) => s.name)).toEqual(['Bảng heatmap', 'Bảng distribution']);
		const [header, ...body] = sheets[0].rows;
		expect(header).toEqual(heatmapT.columns.map((c) => c.label));
		expect(body.map((r) => r[0])).toEqual(['Bộ Tài chính', 'Đà Nẵng', 'Thừa Thiên Huế']);
		const scoreCol = heatmapT.columns.findIndex((c) => c.key === 'DG-1.score');
		const coverageCol = heatmapT.columns.findIndex((c) => c.key === 'DG-1.coverage');
		heatmap.rows.forEach((r, i) => {
			const cell = r.cells[0];
			if (cell.kind !== 'dg') throw new Error('expected DG');
			// Stored as numbers, unrounded: (3 + 2 + 4) / 3 stays 3, 2.25 stays 2.25.
			expect(body[i][scoreCol]).toBe(cell.score);
			expect(body[i][coverageCol]).toBe(cell.coverage);
		});
		expect(body[1][scoreCol]).toBe(2.25);
		expect(body[2][coverageCol]).toBe(0.75);
		const dist = sheets[1].rows;
		expect(dist.slice(1).map((r) => r.slice(2))).toEqual(
			distribution.rows.map((r) => distribution.columns.slice(2).map((c) => r[c.key]))
		);
	});

	it('bold, frozen header with a filter; widths from the content; display formats per column', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await toXlsx([heatmapT])) as unknown as ArrayBuffer);
		const ws = wb.worksheets[0];
		expect(ws.getRow(1).font?.bold).toBe(true);
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(ws.autoFilter).toBeTruthy();
		const nameWidth = ws.getColumn(1).width ?? 0;
		expect(nameWidth).toBeGreaterThanOrEqual('Thừa Thiên Huế'.length);
		expect(nameWidth).toBeLessThanOrEqual(60);
		const scoreIdx = heatmapT.columns.findIndex((c) => c.key === 'DG-1.score') + 1;
		const coverageIdx = heatmapT.columns.findIndex((c) => c.key === 'DG-1.coverage') + 1;
		expect(ws.getRow(2).getCell(scoreIdx).numFmt).toBe('0.0');
		expect(ws.getRow(2).getCell(coverageIdx).numFmt).toBe('0%');
		expect(typeof ws.getRow(2).getCell(scoreIdx).value).toBe('number');
	});

	it('sheet names: at most 31 characters, no forbidden characters, unique', () => {
		const taken = new Set<string>();
		const long = 'Chênh lệch giữa tự đánh giá và đánh giá của chuyên gia';
		const a = sheetName(long, taken);
		const b = sheetName(long, taken);
		expect([...a].length).toBeLessThanOrEqual(31);
		expect([...b].length).toBeLessThanOrEqual(31);
		expect(a).not.toBe(b);
		expect(b.endsWith('(2)')).toBe(true);
		expect(sheetName("'Trụ cột [1/2]: điểm?*'", taken)).toBe('Trụ cột 1 2 điểm');
		expect(sheetName('History', taken)).toBe('Sheet');
	});

	it('an empty table still makes a sheet with its header', async () => {
		const empty: Table = { name: 'Trống', columns: [{ key: 'a', label: 'Cột A' }], rows: [] };
		const [sheet] = await readXlsx(await toXlsx([empty]));
		expect(sheet.rows).toEqual([['Cột A']]);
	});
});

describe('CSV read back against the model', () => {
	it('Vietnamese CSV: decimal commas that parse back to the exact model numbers', () => {
		const csv = toCsv(heatmapT, { bom: true, locale: 'vi' });
		const [header, ...body] = parseCsv(csv, ';');
		expect(header).toEqual(heatmapT.columns.map((c) => c.label));
		const scoreCol = header.indexOf('DG-1 score');
		expect(scoreCol).toBeGreaterThan(0);
		heatmap.rows.forEach((r, i) => {
			const cell = r.cells[0];
			if (cell.kind !== 'dg') throw new Error('expected DG');
			expect(Number(body[i][scoreCol].replace(',', '.'))).toBe(cell.score);
		});
		expect(body[1][scoreCol]).toBe('2,25');
	});
});
