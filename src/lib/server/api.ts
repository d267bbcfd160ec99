/** Helpers for the public JSON API (`/api/v1`). */
import { json } from '@sveltejs/kit';
import { getDb } from './db';
import { isDemoDatabase } from './services/startup';
import { LICENCE } from './services/open-data';

/** JSON with the demo flag every API answer carries. */
export function apiJson(body: Record<string, unknown>, init: ResponseInit = {}): Response {
	return json(
		{ demo: isDemoDatabase(getDb()), ...body },
		{ ...init, headers: { 'Access-Control-Allow-Origin': '*', ...(init.headers ?? {}) } }
	);
}

export interface ApiIssue {
	path: string;
	message: { vi: string; en: string };
}

export function apiError(status: number, issues: ApiIssue[]): Response {
	return apiJson({ error: status === 404 ? 'not_found' : 'invalid_request', issues }, { status });
}

/** Reads a JSON body up to `maxBytes`; an oversized or malformed body is a 400 with a precise message. */
export async function readJsonBody(
	request: Request,
	maxBytes: number
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
	const text = await request.text();
	if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
	try {
		return { ok: true, body: JSON.parse(text) };
	} catch (e) {
		return {
			ok: false,
			response: apiError(400, [
				{ path: '(body)', message: { en: `not valid JSON: ${(e as Error).message}`, vi: `không phải JSON hợp lệ: ${(e as Error).message}` } }
			])
		};
	}
}

function tooLarge(maxBytes: number): Response {
	const kb = Math.round(maxBytes / 1024);
	return apiError(400, [
		{ path: '(body)', message: { en: `the body is larger than ${kb} KB`, vi: `nội dung gửi lớn hơn ${kb} KB` } }
	]);
}

/** Locale-neutral CSV for the open-data API: no BOM, the licence and demo flag in headers too. */
export function apiCsv(csv: string, fileName: string): Response {
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
			'Access-Control-Allow-Origin': '*',
			Link: `<${LICENCE.url}>; rel="license"`,
			'X-Demo-Data': String(isDemoDatabase(getDb()))
		}
	});
}

/** 404 for a round that does not exist or has nothing published (the two are not told apart). */
export function roundNotPublished(id: string): Response {
	return apiError(404, [
		{ path: 'id', message: { en: `round ${id} has no published results`, vi: `đợt đánh giá ${id} chưa có kết quả được công bố` } }
	]);
}
