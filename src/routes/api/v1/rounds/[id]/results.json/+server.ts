import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiJson, roundNotPublished } from '$lib/server/api';
import { LICENCE, roundResults } from '$lib/server/services/open-data';

/** The latest published snapshot of every published assessment of a round. */
export const GET: RequestHandler = async ({ params, url }) => {
	const data = roundResults(getDb(), Number(params.id));
	if (!data) return roundNotPublished(params.id ?? '');
	return apiJson({
		licence: LICENCE,
		...data,
		links: { csv: new URL(`/api/v1/rounds/${data.round.id}/results.csv`, url).href }
	});
};
