import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/auth/guards';
import { download } from '$lib/server/exports';
import { blankWorkbook } from '$lib/server/services/workbook';
import { locale } from '$lib/i18n';

/** A blank workbook of a framework version: public, like the framework pages. */
export const GET: RequestHandler = async ({ params }) => {
	const file = await blankWorkbook(getDb(), params.id ?? '', locale());
	if (!file) notFound();
	return download(file.body, 'xlsx', file.fileName);
};
