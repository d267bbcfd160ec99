/**
 * Every change writes one audit row in the same transaction as the change (BUDGETS.md S9). The table is
 * append-only: triggers refuse UPDATE and DELETE.
 */
import type { Db } from './db';
import { auditEvents } from './db/schema';

/** A database handle or an open transaction: both can insert. */
export type DbOrTx = Pick<Db, 'insert' | 'select' | 'update' | 'delete' | 'run' | 'get' | 'all'>;

export interface AuditEntry {
	userId: number | null;
	entity: string;
	entityId: string | number;
	action: string;
	organisationId?: number | null;
	before?: unknown;
	after?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function writeAudit(tx: DbOrTx, entry: AuditEntry, at: Date = new Date()): void {
	tx.insert(auditEvents)
		.values({
			at,
			userId: entry.userId,
			entity: entry.entity,
			entityId: String(entry.entityId),
			action: entry.action,
			organisationId: entry.organisationId ?? null,
			before: json(entry.before),
			after: json(entry.after)
		})
		.run();
}
