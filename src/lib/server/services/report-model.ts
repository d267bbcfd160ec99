/**
 * Building a report's model from the data (drafts) — the frozen copy is this same model, stored.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import type { DbOrTx } from '../audit';
import { assessments, dimensionAssessments, evidence, evidenceLinks, factSheets, interviews, reportItems, reports, rounds } from '../db/schema';
import { organisationInRound, roundDay } from '../repositories/assessments';
import { getFramework } from '../repositories/frameworks';
import { cachedResult, computeResult } from './scores';
import { dashboardRows } from './dashboard';
import { barsModel, distributionModel, heatmapModel, radarModel } from '$lib/domain/report/charts';
import { interviewCitation, type ReportEvidence } from '$lib/domain/report/draft';
import { REPORT_SCHEMA, type ReportFramework, type ReportItem, type ReportModel, type ReportSection } from '$lib/domain/report/model';
import { releasePriority, type Feasibility } from '$lib/domain/fact-sheets';
import type { AnyQuestion } from '$lib/domain/frameworks/model';
import type { Framework, I18nText } from '$lib/domain/frameworks/schema';
import type { AssessmentResult } from '$lib/domain/scoring/types';
import type { CoreIssueStatus } from '$lib/domain/scoring/ratings';

export type ReportRow = typeof reports.$inferSelect;

export function roundName(r: typeof rounds.$inferSelect): I18nText {
	return { vi: r.nameVi, en: r.nameEn ?? r.nameVi };
}

/** Evidence of an organisation in a round, with the questions of one assessment it backs. */
export function reportEvidence(db: DbOrTx, roundId: number, organisationId: number): (ReportEvidence & { assessmentIds: number[]; links: { assessmentId: number; code: string }[] })[] {
	const rows = db
		.select({ e: evidence, iv: interviews })
		.from(evidence)
		.leftJoin(interviews, eq(interviews.id, evidence.interviewId))
		.where(and(eq(evidence.roundId, roundId), eq(evidence.organisationId, organisationId)))
		.orderBy(asc(evidence.id))
		.all();
	const ids = rows.map((r) => r.e.id);
	const links = ids.length ? db.select().from(evidenceLinks).where(inArray(evidenceLinks.evidenceId, ids)).all() : [];
	return rows.map(({ e, iv }) => {
		const own = links.filter((l) => l.evidenceId === e.id);
		return {
			id: e.id,
			kind: e.kind as ReportEvidence['kind'],
			title: e.title,
			description: e.description,
			polarity: e.polarity,
			interview: iv ? { roles: iv.intervieweeRoles, category: iv.stakeholderCategory, date: iv.date } : null,
			codes: own.map((l) => l.questionCode),
			assessmentIds: [...new Set(own.map((l) => l.assessmentId))],
			links: own.map((l) => ({ assessmentId: l.assessmentId, code: l.questionCode }))
		};
	});
}

function effectiveSource(result: AssessmentResult): 'final' | 'assessor' {
	if (result.kind === 'dg') return result.sources.final.summary.answered > 0 ? 'final' : 'assessor';
	return result.dimensions.some((d) => d.bySource.final.confirmed) || result.questions.some((q) => q.ratings.final !== null) ? 'final' : 'assessor';
}

function frameworkPart(fw: Framework): Omit<ReportFramework, 'sections' | 'radar' | 'bars' | 'distribution' | 'heatmap'> {
	return {
		id: fw.id,
		kind: fw.kind,
		version: fw.version,
		title: fw.title,
		source: fw.source,
		caveat: fw.caveat,
		adaptation: fw.id.startsWith('dg-sansang'),
		legalDisclaimer: fw.kind === 'od' ? fw.legalDisclaimer : null,
		bandLabels: fw.kind === 'dg' ? Object.fromEntries(fw.scale.bands.map((b) => [b.code, b.label])) : {}
	};
}

function agencyFramework(db: DbOrTx, fw: Framework, assessmentId: number, result: AssessmentResult, evidenceIds: Map<string, number[]>): ReportFramework {
	const source = effectiveSource(result);
	const dims = db.select().from(dimensionAssessments).where(eq(dimensionAssessments.assessmentId, assessmentId)).all();
	const sections: ReportSection[] = fw.sections.map((s, i) => {
		const questions = result.questions
			.filter((q) => q.section === s.code)
			.map((q) => {
				const def = (s.questions as AnyQuestion[]).find((x) => x.code === q.code)!;
				const rating = q.ratings[source] ?? (source === 'final' ? q.ratings.assessor : null);
				return { code: q.code, label: def.label, rating, source: rating === null ? null : q.ratings[source] !== null ? source : ('assessor' as const), evidence: evidenceIds.get(q.code) ?? [] };
			});
		let rating: ReportSection['rating'];
		if (result.kind === 'dg') {
			const p = result.sources[source].pillars[i];
			rating = { kind: 'dg', score: p.score, band: p.band && fw.kind === 'dg' ? (fw.scale.bands.find((b) => b.code === p.band)?.label ?? null) : null, coverage: p.coverage };
		} else {
			const d = result.dimensions[i];
			const part = d.bySource[source].confirmed ? d.bySource[source] : d.bySource.assessor;
			const row = dims.find((x) => x.dimensionCode === s.code && x.source === part.source);
			const statuses = (row ? JSON.parse(row.coreIssues) : {}) as Record<string, CoreIssueStatus>;
			rating = {
				kind: 'od',
				colour: part.confirmed?.colour ?? null,
				override: part.confirmed?.override ?? false,
				justification: part.confirmed?.justification ?? null,
				coreIssues: 'coreIssues' in s ? s.coreIssues.map((c) => ({ code: c.code, text: c.text, status: statuses[c.code] ?? 'unknown' })) : [],
				reasons: part.suggestion.reasons
			};
		}
		return { code: s.code, title: s.title, shortTitle: s.shortTitle, importance: 'importance' in s ? s.importance : null, rating, questions };
	});
	return {
		...frameworkPart(fw),
		sections,
		radar: result.kind === 'dg' ? radarModel(result, [source]) : null,
		bars: result.kind === 'dg' ? barsModel(result, source) : null,
		distribution: null,
		heatmap: null
	};
}

function itemsOf(db: DbOrTx, reportId: number): ReportItem[] {
	return db
		.select()
		.from(reportItems)
		.where(eq(reportItems.reportId, reportId))
		.orderBy(asc(reportItems.position), asc(reportItems.id))
		.all()
		.map((r) => ({ id: r.id, section: r.section, kind: r.kind as ReportItem['kind'], position: r.position, textVi: r.textVi, textEn: r.textEn, fields: JSON.parse(r.fields), origin: r.origin }));
}

/** The live model of a draft (a final report renders its frozen copy instead). */
export async function liveReportModel(db: Db, report: ReportRow, at = new Date()): Promise<ReportModel> {
	const round = db.select().from(rounds).where(eq(rounds.id, report.roundId)).get()!;
	const base = {
		schema: REPORT_SCHEMA as typeof REPORT_SCHEMA,
		kind: report.kind as 'agency' | 'national',
		status: report.status as 'draft' | 'final',
		revision: report.revision,
		asOf: at.toISOString(),
		round: { id: round.id, name: roundName(round), year: round.year },
		items: itemsOf(db, report.id)
	};
	const list = db.select().from(assessments).where(report.organisationId ? and(eq(assessments.roundId, round.id), eq(assessments.organisationId, report.organisationId)) : eq(assessments.roundId, round.id)).orderBy(asc(assessments.frameworkId)).all();
	if (report.kind === 'agency' && report.organisationId) {
		const org = organisationInRound(db, report.organisationId, roundDay(round));
		const ev = reportEvidence(db, round.id, report.organisationId).filter((e) => e.links.length > 0);
		const refs = ev.map((e, i) => ({ id: e.id, ref: `E${i + 1}`, kind: e.kind, title: e.title, polarity: e.polarity, interview: e.interview ? interviewCitation(e.interview) : null }));
		const frameworks: ReportFramework[] = [];
		let algorithmVersion = '';
		for (const a of list) {
			const fw = await getFramework(db, a.frameworkId);
			if (!fw) continue;
			const result = cachedResult(db, a.id) ?? computeResult(db, a.id, fw);
			algorithmVersion = result.algorithmVersion;
			const byCode = new Map<string, number[]>();
			for (const e of ev) for (const l of e.links) if (l.assessmentId === a.id) byCode.set(l.code, [...(byCode.get(l.code) ?? []), e.id]);
			frameworks.push(agencyFramework(db, fw, a.id, result, byCode));
		}
		const sheets = db.select().from(factSheets).where(and(eq(factSheets.roundId, round.id), eq(factSheets.organisationId, report.organisationId))).all();
		return {
			...base,
			organisation: { name: { vi: org.nameVi, en: org.nameEn ?? org.nameVi }, kind: org.kind, region: org.region },
			organisations: [],
			frameworks,
			evidence: refs,
			datasets: sheets.map((f) => ({
				title: f.title,
				owner: (JSON.parse(f.fields) as Record<string, string>).owner ?? '',
				feasibility: { policy: f.feasibilityPolicy, technical: f.feasibilityTechnical, institutional: f.feasibilityInstitutional },
				priority: releasePriority(f.feasibilityPolicy as Feasibility, f.feasibilityTechnical as Feasibility, f.feasibilityInstitutional as Feasibility)
			})),
			algorithmVersion
		};
	}
	// National synthesis: distributions and heatmaps of every organisation of the round.
	const frameworks: ReportFramework[] = [];
	let algorithmVersion = '';
	for (const fwId of [...new Set(list.map((a) => a.frameworkId))]) {
		const fw = await getFramework(db, fwId);
		if (!fw) continue;
		const rowsVi = dashboardRows(db, round, fw.id, 'vi');
		const rowsEn = new Map(dashboardRows(db, round, fw.id, 'en').map((r) => [r.assessmentId, r.name]));
		algorithmVersion = rowsVi[0]?.result.algorithmVersion ?? algorithmVersion;
		const heat = heatmapModel(fw, rowsVi, 'effective', 'name', 'vi');
		frameworks.push({
			...frameworkPart(fw),
			sections: fw.sections.map((s) => ({ code: s.code, title: s.title, shortTitle: s.shortTitle, importance: 'importance' in s ? s.importance : null, rating: fw.kind === 'dg' ? { kind: 'dg', score: null, band: null, coverage: null } : { kind: 'od', colour: null, override: false, justification: null, coreIssues: [], reasons: [] }, questions: [] })),
			radar: null,
			bars: null,
			distribution: distributionModel(fw, rowsVi, 'effective'),
			heatmap: { ...heat, rows: heat.rows.map((r) => ({ ...r, nameVi: r.name, nameEn: rowsEn.get(r.assessmentId) ?? r.name })) }
		});
	}
	const orgIds = [...new Set(list.map((a) => a.organisationId))];
	return {
		...base,
		organisation: null,
		organisations: orgIds.map((id) => {
			const o = organisationInRound(db, id, roundDay(round));
			return { name: { vi: o.nameVi, en: o.nameEn ?? o.nameVi }, kind: o.kind };
		}),
		frameworks,
		evidence: [],
		datasets: [],
		algorithmVersion
	};
}
