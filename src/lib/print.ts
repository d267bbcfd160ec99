/**
 * Running header and "Trang N / M" page numbers for printed pages (reports, paper questionnaires). They live
 * in CSS `@page` margin boxes, so the browser's own Print and the server's PDF (Chromium) give the same
 * document. The texts are escaped as CSS strings; `<` is escaped so the style element cannot be closed.
 */
export function cssString(s: string): string {
	return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r]+/g, ' ').replace(/</g, '\\3c ')}"`;
}

const BOX = 'font-size:8pt;color:#4a5360;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif';

export function runningPageStyle(header: string, pageWord: string, opts: { margin?: string; headerOnFirstPage?: boolean } = {}): string {
	return (
		`<style>:root{--print-header:${cssString(header)};--print-page:${cssString(`${pageWord} `)}}` +
		`@page{size:A4;margin:${opts.margin ?? '20mm 16mm 18mm'};@top-left{content:var(--print-header);${BOX}}` +
		`@bottom-right{content:var(--print-page) counter(page) " / " counter(pages);${BOX}}}` +
		(opts.headerOnFirstPage ? '' : '@page :first{@top-left{content:none}}') +
		'</style>'
	);
}
