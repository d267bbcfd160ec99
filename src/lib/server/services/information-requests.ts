/**
 * The ODRA pre-fieldwork checklist per organisation and round: each item requested, received or missing;
 * received items linked to their document.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { evidence, informationRequests, roundAssessors } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { normaliseText } from '$lib/domain/text';
import { DomainError } from './errors';

export const requestStatuses = ['requested', 'received', 'missing'] as const;

export function informationRequestsOf(tx: DbOrTx, roundId: number, organisationId: number) {
	return tx
		.select()
		.from(informationRequests)
		.where(and(eq(informationRequests.roundId, roundId), eq(informationRequests.organisationId, organisationId)))
		.all()
		.sort((a, b) => a.itemCode.localeCompare(b.itemCode));
}

export function canManageRequests(tx: DbOrTx, user: AuthedUser, roundId: number, organisationId: number): boolean {
	if (user.role === 'committee') return true;
	if (user.role !== 'assessor') return false;
	return !!tx
		.select()
		.from(roundAssessors)
		.where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.organisationId, organisationId), eq(roundAssessors.userId, user.id)))
		.get();
}

export async function updateInformationRequest(
	db: Db,
	user: AuthedUser,
	roundId: number,
	organisationId: number,
	itemCode: string,
	input: { status: string; note: string | null; evidenceId: number | null; baseVersion: number },
	at = new Date()
): Promise<number> {
	if (!(requestStatuses as readonly string[]).includes(input.status)) throw new DomainError('error_invalid_choice', 'status');
	return db.transaction((tx) => {
		if (!canManageRequests(tx, user, roundId, organisationId)) throw new DomainError('error_not_allowed', '_form', 403);
		const key = and(eq(informationRequests.roundId, roundId), eq(informationRequests.organisationId, organisationId), eq(informationRequests.itemCode, itemCode));
		const row = tx.select().from(informationRequests).where(key).get();
		if (!row) throw new DomainError('error_404', '_form', 404);
		if (row.version !== input.baseVersion) throw new DomainError('error_conflict_request', '_form', 409);
		if (input.evidenceId !== null) {
			const ev = tx.select().from(evidence).where(eq(evidence.id, input.evidenceId)).get();
			if (!ev || ev.roundId !== roundId || ev.organisationId !== organisationId || ev.kind !== 'document')
				throw new DomainError('error_invalid_choice', 'evidenceId');
		}
		const note = input.note ? normaliseText(input.note, { multiline: true }).slice(0, 2000) || null : null;
		tx.update(informationRequests)
			.set({ status: input.status, note, evidenceId: input.evidenceId, version: row.version + 1, updatedBy: user.id, updatedAt: at })
			.where(key)
			.run();
		writeAudit(tx, { userId: user.id, entity: 'information_request', entityId: `${roundId}:${organisationId}:${itemCode}`, action: 'update', organisationId, before: { status: row.status, note: row.note, evidenceId: row.evidenceId }, after: { status: input.status, note, evidenceId: input.evidenceId } }, at);
		return row.version + 1;
	});
}
