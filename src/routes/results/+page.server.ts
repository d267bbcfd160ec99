import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { publishedRounds } from '$lib/server/services/published';
import { locale } from '$lib/i18n';

/** Published results are public: anyone may read the published snapshots. */
export const load = (async () => ({ rounds: publishedRounds(getDb(), locale()) })) satisfies PageServerLoad;
