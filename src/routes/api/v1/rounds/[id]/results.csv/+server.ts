import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiCsv, roundNotPublished } from '$lib/server/api';
import { toCsv } from '$lib/server/exports';
import { isDemoDatabase } from '$lib/server/services/startup';
import { resultsTable, roundResults } from '$lib/server/services/open-data';

/** The same results as one long, locale-neutral table: a row per question, pillar and dimension. */
export const GET: RequestHandler = async ({ params }) => {
	const db = getDb();
	const data = roundResults(db, Number(params.id));
	if (!data) return roundNotPublished(params.id ?? '');
	const csv = toCsv(resultsTable(data, isDemoDatabase(db)), { bom: false, locale: null });
	return apiCsv(csv, `sansang-round-${data.round.id}-results.csv`);
};
