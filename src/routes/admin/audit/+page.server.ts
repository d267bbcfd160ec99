import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { issuesToErrors } from '$lib/server/forms';
import { AUDIT_EXPORT_MAX, auditFilterOf, auditFilterOptions, auditPage } from '$lib/server/services/audit-log';
import { auditFilterSchema } from '$lib/domain/validation/audit';
import { queryObject } from '$lib/domain/validation/exports';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const raw = queryObject(event.url.searchParams);
	const parsed = auditFilterSchema.safeParse(raw);
	const filterQuery = new URLSearchParams(Object.entries(raw).filter(([k, v]) => k !== 'page' && v !== ''));
	return {
		/** The filters as typed, to show again. */
		values: raw,
		/** Translated messages per filter field when a value is refused (nothing is listed then). */
		errors: parsed.success ? {} : issuesToErrors(parsed.error.issues),
		/** People, organisations and entities to filter by. */
		options: await auditFilterOptions(db, locale()),
		/** One page of matching entries, newest first, with the total; null when a filter was refused. */
		result: parsed.success ? await auditPage(db, auditFilterOf(parsed.data), parsed.data.page, locale()) : null,
		/** The filters as a query string (without the page), for the CSV link and the page links. */
		filterQuery: filterQuery.toString(),
		exportMax: AUDIT_EXPORT_MAX
	};
}) satisfies PageServerLoad;
