/**
 * Interviews: confidential notes by the assessment team, informing one or more organisations, linked to
 * questions as evidence. Notes are read by assessors and the committee only; everyone else sees
 * "Interview — role, category, date".
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { interviewOrganisations, interviews, roundAssessors, roundOrganisations, rounds, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import type { InterviewInput } from '$lib/domain/validation/interviews';
import { DomainError } from './errors';

export const stakeholderCategories = ['whole_of_government', 'data_holder', 'user_civil_society'] as const;

/** Organisations of the round this person may record interviews for (all for the committee). */
export function interviewableOrganisations(tx: DbOrTx, user: AuthedUser, roundId: number): number[] {
	if (user.role === 'committee') {
		return tx.select({ id: roundOrganisations.organisationId }).from(roundOrganisations).where(eq(roundOrganisations.roundId, roundId)).all().map((r) => r.id);
	}
	if (user.role !== 'assessor') return [];
	return tx
		.select({ id: roundAssessors.organisationId })
		.from(roundAssessors)
		.where(and(eq(roundAssessors.roundId, roundId), eq(roundAssessors.userId, user.id)))
		.all()
		.map((r) => r.id);
}

/**
 * `kept`: organisations the interview already informs that this person may not record for (another
 * assessor's); naming them again changes nothing, and they stay linked whatever this person posts.
 */
function checkInput(tx: DbOrTx, user: AuthedUser, roundId: number, input: InterviewInput, kept: ReadonlySet<number>) {
	const round = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
	if (!round || round.status === 'draft') throw new DomainError('error_404', '_form', 404);
	const allowed = new Set(interviewableOrganisations(tx, user, roundId));
	if (!input.organisationIds.every((id) => allowed.has(id) || kept.has(id))) throw new DomainError('error_not_allowed', 'organisationIds', 403);
	if (input.teamMemberIds.length) {
		const members = tx.select({ id: users.id }).from(users).where(and(inArray(users.id, input.teamMemberIds), inArray(users.role, ['assessor', 'committee']))).all();
		if (members.length !== new Set(input.teamMemberIds).size) throw new DomainError('error_invalid_choice', 'teamMemberIds');
	}
}

export async function saveInterview(db: Db, user: AuthedUser, roundId: number, interviewId: number | null, input: InterviewInput, at = new Date()): Promise<number> {
	return db.transaction((tx) => {
		const informed =
			interviewId === null
				? []
				: tx.select({ id: interviewOrganisations.organisationId }).from(interviewOrganisations).where(eq(interviewOrganisations.interviewId, interviewId)).all().map((o) => o.id);
		const allowed = new Set(interviewableOrganisations(tx, user, roundId));
		const kept = new Set(informed.filter((id) => !allowed.has(id)));
		checkInput(tx, user, roundId, input, kept);
		const organisationIds = [...new Set([...input.organisationIds, ...kept])];
		const values = {
			date: input.date,
			stakeholderCategory: input.stakeholderCategory,
			intervieweeRoles: input.intervieweeRoles,
			affiliation: input.affiliation,
			teamMembers: JSON.stringify([...new Set(input.teamMemberIds)]),
			sections: JSON.stringify(input.sections),
			notes: input.notes,
			updatedAt: at
		};
		let id: number;
		let before: unknown = null;
		if (interviewId === null) {
			id = tx.insert(interviews).values({ roundId, ...values, createdBy: user.id, createdAt: at }).returning({ id: interviews.id }).get().id;
		} else {
			const existing = tx.select().from(interviews).where(eq(interviews.id, interviewId)).get();
			if (!existing || existing.roundId !== roundId) throw new DomainError('error_404', '_form', 404);
			if (!informed.some((id) => allowed.has(id))) throw new DomainError('error_not_allowed', '_form', 403);
			if (existing.version !== input.baseVersion) throw new DomainError('error_conflict_interview', '_form', 409);
			before = existing;
			id = interviewId;
			tx.update(interviews).set({ ...values, version: existing.version + 1 }).where(eq(interviews.id, id)).run();
			tx.delete(interviewOrganisations).where(eq(interviewOrganisations.interviewId, id)).run();
		}
		for (const organisationId of organisationIds) tx.insert(interviewOrganisations).values({ interviewId: id, organisationId }).run();
		writeAudit(tx, { userId: user.id, entity: 'interview', entityId: id, action: interviewId === null ? 'create' : 'update', before, after: { ...values, organisationIds } }, at);
		return id;
	});
}

export interface InterviewView {
	id: number;
	date: string;
	stakeholderCategory: string;
	intervieweeRoles: string;
	affiliation: string;
	teamMemberIds: number[];
	teamMembers: string[];
	sections: string[];
	notes: string;
	organisationIds: number[];
	version: number;
}

/** Interviews of a round visible to this person: assessors see those informing their organisations. */
export function interviewsOf(tx: DbOrTx, user: AuthedUser, roundId: number, organisationId?: number): InterviewView[] {
	if (user.role !== 'assessor' && user.role !== 'committee') return [];
	const allowed = new Set(interviewableOrganisations(tx, user, roundId));
	const rows = tx.select().from(interviews).where(eq(interviews.roundId, roundId)).all();
	const links = rows.length ? tx.select().from(interviewOrganisations).where(inArray(interviewOrganisations.interviewId, rows.map((r) => r.id))).all() : [];
	const names = new Map(tx.select({ id: users.id, name: users.name }).from(users).all().map((u) => [u.id, u.name]));
	return rows
		.map((r) => {
			const memberIds = JSON.parse(r.teamMembers) as number[];
			return {
				id: r.id,
				date: r.date,
				stakeholderCategory: r.stakeholderCategory,
				intervieweeRoles: r.intervieweeRoles,
				affiliation: r.affiliation,
				teamMemberIds: memberIds,
				teamMembers: memberIds.map((id) => names.get(id) ?? '—'),
				sections: JSON.parse(r.sections) as string[],
				notes: r.notes,
				organisationIds: links.filter((l) => l.interviewId === r.id).map((l) => l.organisationId),
				version: r.version
			};
		})
		.filter((i) => i.organisationIds.some((o) => allowed.has(o)) && (organisationId === undefined || i.organisationIds.includes(organisationId)))
		.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
}
