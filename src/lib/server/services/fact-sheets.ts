/**
 * Dataset fact sheets (ODRA's questions about one key dataset), with release feasibility. Each sheet is
 * also evidence, linkable to questions.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { assessments, factSheets, evidence } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { loadAssessmentContextSync } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { factsOf, toActor } from './assessment-access';
import { factSheetEvidence } from './evidence';
import { assessmentPermissions } from '$lib/domain/access';
import type { FactSheetInput } from '$lib/domain/validation/fact-sheets';
import { releasePriority, type Feasibility } from '$lib/domain/fact-sheets';
import { DomainError } from './errors';

async function canEdit(db: Db, user: AuthedUser, roundId: number, organisationId: number): Promise<boolean> {
	const rows = db.select().from(assessments).where(and(eq(assessments.roundId, roundId), eq(assessments.organisationId, organisationId))).all();
	for (const row of rows) {
		const fw = await getFramework(db, row.frameworkId);
		if (!fw) continue;
		const ctx = loadAssessmentContextSync(db, row.id, () => fw);
		if (ctx && assessmentPermissions(toActor(user), factsOf(ctx, user)).addEvidence) return true;
	}
	return false;
}

export async function saveFactSheet(db: Db, user: AuthedUser, roundId: number, organisationId: number, id: number | null, input: FactSheetInput, at = new Date()): Promise<number> {
	if (!(await canEdit(db, user, roundId, organisationId))) throw new DomainError('error_not_allowed', '_form', 403);
	return db.transaction((tx) => {
		const values = {
			title: input.title,
			fields: JSON.stringify(input.fields),
			feasibilityPolicy: input.feasibilityPolicy,
			feasibilityTechnical: input.feasibilityTechnical,
			feasibilityInstitutional: input.feasibilityInstitutional,
			updatedAt: at
		};
		if (id === null) {
			const row = tx.insert(factSheets).values({ roundId, organisationId, ...values, createdBy: user.id, createdAt: at }).returning({ id: factSheets.id }).get();
			factSheetEvidence(tx, user, row.id, { roundId, organisationId }, input.title, at);
			writeAudit(tx, { userId: user.id, entity: 'fact_sheet', entityId: row.id, action: 'create', organisationId, after: input }, at);
			return row.id;
		}
		const existing = tx.select().from(factSheets).where(eq(factSheets.id, id)).get();
		if (!existing || existing.roundId !== roundId || existing.organisationId !== organisationId) throw new DomainError('error_404', '_form', 404);
		if (existing.version !== input.baseVersion) throw new DomainError('error_conflict_fact_sheet', '_form', 409);
		tx.update(factSheets).set({ ...values, version: existing.version + 1 }).where(eq(factSheets.id, id)).run();
		tx.update(evidence).set({ title: input.title }).where(eq(evidence.factSheetId, id)).run();
		writeAudit(tx, { userId: user.id, entity: 'fact_sheet', entityId: id, action: 'update', organisationId, before: existing, after: input }, at);
		return id;
	});
}

export function factSheetsOf(tx: DbOrTx, roundId: number, organisationId: number) {
	return tx
		.select()
		.from(factSheets)
		.where(and(eq(factSheets.roundId, roundId), eq(factSheets.organisationId, organisationId)))
		.all()
		.map((f) => ({
			...f,
			fields: JSON.parse(f.fields) as Record<string, string>,
			priority: releasePriority(f.feasibilityPolicy as Feasibility, f.feasibilityTechnical as Feasibility, f.feasibilityInstitutional as Feasibility),
			evidenceId: tx.select({ id: evidence.id }).from(evidence).where(eq(evidence.factSheetId, f.id)).get()?.id ?? null
		}));
}
