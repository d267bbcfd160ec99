/**
 * Ids of the demo database that matrix entries point at. A = Bộ Tài chính, B = Đà Nẵng, in the demo 2026
 * round; the assessor is assigned to A and not to B, the other assessor to B and not to A.
 */
import type Database from 'better-sqlite3';
import type { World } from './types';
import { emails } from './types';

export function buildWorld(db: Database.Database): World {
	const one = (sql: string, ...args: unknown[]): number => {
		const row = db.prepare(sql).get(...args) as { id: number } | undefined;
		return row?.id ?? 0;
	};
	const orgA = one("SELECT id FROM organisations WHERE code = 'bo-tai-chinh'");
	const orgB = one("SELECT id FROM organisations WHERE code = 'da-nang'");
	const round = one('SELECT id FROM rounds WHERE year = 2026 ORDER BY id LIMIT 1');
	const assessment = (org: number, kind: string) =>
		one('SELECT a.id FROM assessments a JOIN frameworks f ON f.id = a.framework_id WHERE a.round_id = ? AND a.organisation_id = ? AND f.kind = ?', round, org, kind);
	return {
		ids: {
			userA: one('SELECT id FROM users WHERE email = ?', emails.respondentA),
			orgA,
			orgB,
			round,
			dgA: assessment(orgA, 'dg'),
			odA: assessment(orgA, 'od'),
			dgB: assessment(orgB, 'dg'),
			odB: assessment(orgB, 'od'),
			/** A document the organisation's respondents added themselves. */
			documentA: one("SELECT e.id FROM evidence e JOIN users u ON u.id = e.created_by WHERE e.organisation_id = ? AND e.round_id = ? AND e.kind = 'document' AND u.role = 'respondent' ORDER BY e.id LIMIT 1", orgA, round),
			documentB: one("SELECT id FROM evidence WHERE organisation_id = ? AND round_id = ? AND kind = 'document' ORDER BY id LIMIT 1", orgB, round),
			interviewA: one('SELECT i.id FROM interviews i JOIN interview_organisations o ON o.interview_id = i.id WHERE i.round_id = ? AND o.organisation_id = ? ORDER BY i.id LIMIT 1', round, orgA),
			/** Any published snapshot (published results are public). */
			snapshot: one('SELECT id FROM snapshots ORDER BY id LIMIT 1'),
			/** A notification of the assessor (the demo's submitted work of A tells its assessors). */
			notificationAssessor: one('SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = ? ORDER BY n.id LIMIT 1', emails.assessor),
			factSheetA: one('SELECT id FROM fact_sheets WHERE round_id = ? AND organisation_id = ? ORDER BY id LIMIT 1', round, orgA),
			/** Bộ Y tế's final agency report (published; the assessor is assigned to Bộ Y tế, the other assessor is not). */
			reportFinal: one("SELECT r.id FROM reports r JOIN organisations o ON o.id = r.organisation_id WHERE r.round_id = ? AND o.code = 'bo-y-te' AND r.status = 'final'", round),
			/** Hà Nội's draft agency report (both assessors are assigned to Hà Nội). */
			reportDraft: one("SELECT r.id FROM reports r JOIN organisations o ON o.id = r.organisation_id WHERE r.round_id = ? AND o.code = 'ha-noi' AND r.status = 'draft'", round),
			/** The draft national synthesis. */
			reportNational: one("SELECT id FROM reports WHERE round_id = ? AND kind = 'national' AND status = 'draft'", round)
		}
	};
}
