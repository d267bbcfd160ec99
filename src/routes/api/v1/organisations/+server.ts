import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiJson } from '$lib/server/api';
import { LICENCE, organisationRegister } from '$lib/server/services/open-data';

/** The register of organisations: validity, dated names and kinds, predecessors and successors. */
export const GET: RequestHandler = async () =>
	apiJson({ licence: LICENCE, organisations: organisationRegister(getDb()) });
