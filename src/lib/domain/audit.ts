/**
 * The audit log as people read it: a change shown field by field, and the Vietnam days of a filter as
 * UTC instants.
 */

/** One field of an audit entry's before/after, for showing a change readably. */
export interface AuditChange {
	field: string;
	before: unknown;
	after: unknown;
	changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields of an audit entry side by side: objects field by field (in the order they first appear),
 * anything else (a list, a number) as one unnamed field.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
	if ((before === null || isRecord(before)) && (after === null || isRecord(after)) && (before || after)) {
		const b = (before ?? {}) as Record<string, unknown>;
		const a = (after ?? {}) as Record<string, unknown>;
		const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
		return fields.map((field) => ({
			field,
			before: b[field] ?? null,
			after: a[field] ?? null,
			changed: JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null)
		}));
	}
	if (before === null && after === null) return [];
	return [{ field: '', before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
}

/** The first instant of a day in Vietnam (UTC+7, no daylight saving). */
export function vietnamDayStart(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);
}
