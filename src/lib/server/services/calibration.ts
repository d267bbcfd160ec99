/**
 * Calibration: one question across every organisation of a round — self, assessor and final ratings,
 * the written reasons and the evidence — so the committee can make ratings consistent before publishing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, assessments, evidence, evidenceLinks, files } from '../db/schema';
import type { RoundRow } from '../repositories/rounds';
import { roundDay } from '../repositories/assessments';
import { organisationsOn } from './dashboard';
import { displayName } from '$lib/domain/organisations';
import { appliesToKind, findQuestion } from '$lib/domain/frameworks/model';
import type { Framework } from '$lib/domain/frameworks/schema';
import { compareNames, type Locale } from '$lib/domain/text';

export interface CalibrationRow {
	assessmentId: number;
	organisation: string;
	status: string;
	self: { rating: string | null; comment: string | null };
	assessor: { rating: string | null; comment: string | null };
	final: { rating: string | null; comment: string | null; version: number; carriedOver: boolean };
	evidence: { id: number; kind: string; title: string; url: string | null; hasFile: boolean; polarity: string }[];
}

export function calibrationRows(db: Db, round: RoundRow, fw: Framework, code: string, locale: Locale): CalibrationRow[] {
	const q = findQuestion(fw, code);
	if (!q || q.scope === 'national') return [];
	const list = db
		.select({ id: assessments.id, organisationId: assessments.organisationId, status: assessments.status })
		.from(assessments)
		.where(and(eq(assessments.roundId, round.id), eq(assessments.frameworkId, fw.id)))
		.all();
	const orgs = organisationsOn(db, list.map((a) => a.organisationId), roundDay(round));
	const ids = list.map((a) => a.id);
	const rows = ids.length ? db.select().from(answers).where(and(inArray(answers.assessmentId, ids), eq(answers.questionCode, code))).all() : [];
	const ev = ids.length
		? db
				.select({ assessmentId: evidenceLinks.assessmentId, id: evidence.id, kind: evidence.kind, title: evidence.title, url: evidence.url, fileId: evidence.fileId, polarity: evidence.polarity, fileName: files.originalName })
				.from(evidenceLinks)
				.innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
				.leftJoin(files, eq(files.id, evidence.fileId))
				.where(and(inArray(evidenceLinks.assessmentId, ids), eq(evidenceLinks.questionCode, code)))
				.all()
		: [];
	return list
		.filter((a) => appliesToKind(q, orgs.get(a.organisationId)!.kind))
		.map((a) => {
			const of = (source: string) => rows.find((r) => r.assessmentId === a.id && r.source === source);
			const final = of('final');
			return {
				assessmentId: a.id,
				organisation: displayName(orgs.get(a.organisationId)!, locale),
				status: a.status,
				self: { rating: of('self')?.rating ?? null, comment: of('self')?.comment ?? null },
				assessor: { rating: of('assessor')?.rating ?? null, comment: of('assessor')?.comment ?? null },
				final: { rating: final?.rating ?? null, comment: final?.comment ?? null, version: final?.version ?? 0, carriedOver: final?.carriedOver ?? false },
				evidence: ev.filter((e) => e.assessmentId === a.id).map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, hasFile: e.fileId !== null, polarity: e.polarity }))
			};
		})
		.sort((x, y) => compareNames(x.organisation, y.organisation, locale));
}
