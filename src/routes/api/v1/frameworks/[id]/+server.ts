import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiError, apiJson } from '$lib/server/api';
import { getFramework } from '$lib/server/repositories/frameworks';

/** The whole definition of one version, both languages. */
export const GET: RequestHandler = async ({ params }) => {
	const fw = await getFramework(getDb(), params.id ?? '');
	if (!fw) return apiError(404, [{ path: 'id', message: { en: `no framework version ${params.id}`, vi: `không có phiên bản bộ tiêu chí ${params.id}` } }]);
	return apiJson({ framework: fw });
};
