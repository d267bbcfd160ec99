import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiJson } from '$lib/server/api';
import { LICENCE, publishedRounds } from '$lib/server/services/open-data';

/** Rounds with at least one published assessment (public, read-only). */
export const GET: RequestHandler = async ({ url }) => {
	const link = (path: string) => new URL(path, url).href;
	const rounds = publishedRounds(getDb()).map((r) => ({
		...r,
		links: {
			resultsJson: link(`/api/v1/rounds/${r.id}/results.json`),
			resultsCsv: link(`/api/v1/rounds/${r.id}/results.csv`)
		}
	}));
	return apiJson({ licence: LICENCE, rounds });
};
