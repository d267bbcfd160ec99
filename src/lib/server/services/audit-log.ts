/**
 * The audit-log viewer for administrators: entries filtered by user, organisation, entity and a range of
 * days in Vietnam, a page at a time, and the same selection as CSV for people (BOM, the reader's labels).
 */
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { auditEvents, users } from '../db/schema';
import { listOrganisations } from '../repositories/organisations';
import { toCsv } from '../exports/csv';
import { m } from '$lib/paraglide/messages';
import { auditActionLabel, auditEntityLabel } from '$lib/i18n-audit';
import { vietnamDayStart } from '$lib/domain/audit';
import type { Table } from '$lib/domain/report/tables';
import type { AuditQuery } from '$lib/domain/validation/audit';
import { compareNames, deadlineInstant, vietnamDay, VIETNAM_TIME_ZONE, type Locale } from '$lib/domain/text';

export interface AuditFilter {
	userId: number | null;
	organisationId: number | null;
	entity: string | null;
	/** First and last day, in Vietnam, inclusive. */
	from: string | null;
	to: string | null;
}

export function auditFilterOf(q: AuditQuery): AuditFilter {
	return { userId: q.user, organisationId: q.organisation, entity: q.entity, from: q.from, to: q.to };
}

export interface AuditEntryView {
	id: number;
	at: Date;
	user: { id: number; name: string; email: string } | null;
	organisation: string | null;
	entity: string;
	entityId: string;
	action: string;
	before: unknown;
	after: unknown;
}

export const AUDIT_PAGE_SIZE = 50;
/** The CSV holds at most this many entries, newest first (a bigger export belongs off the request path). */
export const AUDIT_EXPORT_MAX = 50_000;

function whereOf(f: AuditFilter): SQL | undefined {
	const parts: SQL[] = [];
	if (f.userId !== null) parts.push(eq(auditEvents.userId, f.userId));
	if (f.organisationId !== null) parts.push(eq(auditEvents.organisationId, f.organisationId));
	if (f.entity !== null) parts.push(eq(auditEvents.entity, f.entity));
	if (f.from) parts.push(gte(auditEvents.at, vietnamDayStart(f.from)));
	if (f.to) parts.push(lte(auditEvents.at, deadlineInstant(f.to)));
	return parts.length ? and(...parts) : undefined;
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

function entries(db: Db, filter: AuditFilter, limit: number, offset: number, names: Map<number, string>): AuditEntryView[] {
	const rows = db
		.select({ e: auditEvents, name: users.name, email: users.email })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.userId))
		.where(whereOf(filter))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(limit)
		.offset(offset)
		.all();
	return rows.map(({ e, name, email }) => ({
		id: e.id,
		at: e.at,
		user: e.userId !== null && name !== null ? { id: e.userId, name, email: email ?? '' } : null,
		organisation: e.organisationId !== null ? (names.get(e.organisationId) ?? String(e.organisationId)) : null,
		entity: e.entity,
		entityId: e.entityId,
		action: e.action,
		before: parse(e.before),
		after: parse(e.after)
	}));
}

/** Organisation names as of today (closed units keep their last name), by id. */
async function organisationNames(db: Db, locale: Locale): Promise<Map<number, string>> {
	const list = await listOrganisations(db, { day: vietnamDay(new Date()), locale, includeClosed: true });
	return new Map(list.map((o) => [o.id, o.name]));
}

/** One page of entries, newest first, and how many match in all. */
export async function auditPage(db: Db, filter: AuditFilter, page: number, locale: Locale, pageSize = AUDIT_PAGE_SIZE) {
	const names = await organisationNames(db, locale);
	const total = db.select({ n: sql<number>`count(*)` }).from(auditEvents).where(whereOf(filter)).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const current = Math.min(Math.max(1, page), pages);
	return { total, page: current, pages, entries: entries(db, filter, pageSize, (current - 1) * pageSize, names) };
}

/** What the filters offer: people (by name), organisations (by name), the entities found in the log. */
export async function auditFilterOptions(db: Db, locale: Locale) {
	const people = db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.all()
		.sort((a, b) => compareNames(a.name, b.name, locale));
	const today = vietnamDay(new Date());
	// Units since merged keep their entries; the last day they existed tells two of the same name apart.
	const organisations = (await listOrganisations(db, { day: today, locale, includeClosed: true })).map((o) => ({
		id: o.id,
		name: o.name,
		until: o.validTo !== null && o.validTo < today ? o.validTo : null
	}));
	const entities = db
		.selectDistinct({ entity: auditEvents.entity })
		.from(auditEvents)
		.all()
		.map((r) => r.entity)
		.sort();
	return { people, organisations, entities };
}

/** `2026-11-22 08:30:05`, Vietnam time: what a person reads in a spreadsheet. */
function vietnamTime(at: Date): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: VIETNAM_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(at);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** The selection as a table in the reader's language; before and after as JSON, exactly as stored. */
export function auditTable(list: AuditEntryView[], locale: Locale): Table {
	const o = { locale };
	const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
	return {
		name: m.audit_table_name({}, o),
		columns: [
			{ key: 'when', label: m.audit_col_when({}, o) },
			{ key: 'utc', label: m.audit_col_time_utc({}, o) },
			{ key: 'user', label: m.audit_col_user({}, o) },
			{ key: 'email', label: m.audit_col_email({}, o) },
			{ key: 'organisation', label: m.audit_col_organisation({}, o) },
			{ key: 'entity', label: m.audit_col_entity({}, o) },
			{ key: 'entityId', label: m.audit_col_entity_id({}, o) },
			{ key: 'action', label: m.audit_col_action({}, o) },
			{ key: 'before', label: m.audit_col_before({}, o) },
			{ key: 'after', label: m.audit_col_after({}, o) }
		],
		rows: list.map((e) => ({
			when: vietnamTime(e.at),
			utc: e.at.toISOString(),
			user: e.user?.name ?? m.audit_system({}, o),
			email: e.user?.email ?? null,
			organisation: e.organisation,
			entity: auditEntityLabel(e.entity),
			entityId: e.entityId,
			action: auditActionLabel(e.entity, e.action),
			before: json(e.before),
			after: json(e.after)
		}))
	};
}

/** The filtered log as CSV for people (UTF-8 BOM, the language's separator), newest first. */
export async function auditCsv(db: Db, filter: AuditFilter, locale: Locale): Promise<string> {
	const names = await organisationNames(db, locale);
	return toCsv(auditTable(entries(db, filter, AUDIT_EXPORT_MAX, 0, names), locale), { bom: true, locale });
}
