/**
 * An assessment's readable history, from the audit log: every change to its answers, dimension
 * assessments, status, comments and evidence, with before and after.
 */
import { and, desc, eq, like, or } from 'drizzle-orm';
import type { Db } from '../db';
import { auditEvents, users } from '../db/schema';
import type { AssessmentView } from './assessment-access';

export interface HistoryEntry {
	id: number;
	at: Date;
	user: string;
	entity: string;
	action: string;
	/** The question or dimension code and source when the change concerns one. */
	code: string | null;
	source: string | null;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
}

export function assessmentHistory(db: Db, view: AssessmentView, options: { includeSelf: boolean; includeAssessor: boolean }): HistoryEntry[] {
	const id = view.assessment.id;
	const rows = db
		.select({ e: auditEvents, user: users.name })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.userId))
		.where(
			or(
				and(eq(auditEvents.entity, 'assessment'), eq(auditEvents.entityId, String(id))),
				and(eq(auditEvents.entity, 'answer'), like(auditEvents.entityId, `${id}:%`)),
				and(eq(auditEvents.entity, 'dimension_assessment'), like(auditEvents.entityId, `${id}:%`))
			)
		)
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(2000)
		.all();
	return rows
		.map(({ e, user }) => {
			const [, code = null, source = null] = e.entity === 'assessment' ? [] : e.entityId.split(':');
			return {
				id: e.id,
				at: e.at,
				user: user ?? '—',
				entity: e.entity,
				action: e.action,
				code,
				source,
				before: e.before ? JSON.parse(e.before) : null,
				after: e.after ? JSON.parse(e.after) : null
			};
		})
		.filter((h) => (h.source === 'self' ? options.includeSelf : h.source === 'assessor' || h.source === 'final' ? options.includeAssessor : true));
}
