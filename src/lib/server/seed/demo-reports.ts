/**
 * Reports of the demo 2026 round, written through the report services the app itself uses (so items and
 * audit rows are what a person's work would leave): Bộ Y tế's agency report edited and frozen as final
 * after its results were published, Hà Nội's agency report as a draft awaiting publication, and a draft
 * national synthesis. Lào Cai and the matrix organisations (Bộ Tài chính, Đà Nẵng) have none, so the tests
 * start theirs from nothing.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { reportItems, rounds } from '../db/schema';
import { organisationIdByCode } from './organisations';
import { people, person } from './demo-round';
import { assessorEmails, COMMITTEE_EMAIL, DEMO_ROUND } from './demo-round-plan';
import { vietnamInstant } from './demo-random';
import { addReportItem, createReport, freezeReport, updateReportItem } from '../services/reports';

export async function seedDemoReports(db: Db): Promise<void> {
	const everyone = people(db);
	const committee = person(everyone, COMMITTEE_EMAIL);
	const anh = person(everyone, assessorEmails.anh);
	const round = db.select().from(rounds).where(and(eq(rounds.year, DEMO_ROUND.year), eq(rounds.nameVi, DEMO_ROUND.nameVi))).get();
	if (!round) throw new Error('demo reports: the 2026 round is missing');

	// Bộ Y tế: drafted by its assessor, the first action costed, a remark added in Vietnamese only, frozen.
	const yte = await createReport(db, anh, 'agency', round.id, organisationIdByCode(db, 'bo-y-te'), vietnamInstant('2026-11-17', 9, 10));
	const first = db.select().from(reportItems).where(and(eq(reportItems.reportId, yte), eq(reportItems.kind, 'action'))).orderBy(asc(reportItems.position)).get();
	if (first) {
		const fields = JSON.parse(first.fields) as Record<string, unknown>;
		await updateReportItem(
			db,
			anh,
			yte,
			first.id,
			{
				textVi: first.textVi,
				textEn: first.textEn,
				fields: { ...fields, cost: 'Trong dự toán chi thường xuyên năm 2027 / within the 2027 recurrent budget', dependencies: 'Quyết định phân công của Bộ trưởng / the Minister’s assignment decision' },
				baseVersion: first.version
			},
			vietnamInstant('2026-11-17', 10, 25)
		);
	}
	const firstSection = first?.section ?? 'DG-1';
	await addReportItem(
		db,
		anh,
		yte,
		{ section: firstSection, kind: 'strength', textVi: 'Lãnh đạo Bộ chủ trì họp giao ban chuyển đổi số hằng tháng và theo dõi tiến độ bằng bảng điều khiển nội bộ.', textEn: null, fields: {} },
		vietnamInstant('2026-11-17', 10, 40)
	);
	await freezeReport(db, committee, yte, vietnamInstant('2026-11-18', 15, 0));

	// Hà Nội: validated, not yet published — the committee's draft.
	await createReport(db, committee, 'agency', round.id, organisationIdByCode(db, 'ha-noi'), vietnamInstant('2026-11-18', 9, 30));

	// The national synthesis, drafted from every organisation's results so far.
	await createReport(db, committee, 'national', round.id, null, vietnamInstant('2026-11-19', 8, 45));
}
