/**
 * Trends across rounds for one organisation and its predecessors (a merged province is shown beside the
 * units it replaced; colours are never averaged across them), with the comparability of framework versions:
 * codes a later version's crosswalk does not map are flagged as not comparable.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, frameworks, organisationLinks, rounds, scoreCache } from '../db/schema';
import { getFramework } from '../repositories/frameworks';
import { roundDay } from '../repositories/assessments';
import { organisationsOn } from './dashboard';
import { cellsOf, type Cell } from '$lib/domain/report/charts';
import type { AssessmentResult } from '$lib/domain/scoring/types';
import type { Framework } from '$lib/domain/frameworks/schema';
import { displayName } from '$lib/domain/organisations';
import type { Locale } from '$lib/domain/text';

/** The organisation and every unit it replaced, recursively. */
export function lineage(db: Db, organisationId: number): { id: number; depth: number }[] {
	const out = [{ id: organisationId, depth: 0 }];
	const seen = new Set([organisationId]);
	for (let i = 0; i < out.length; i++) {
		const preds = db.select({ id: organisationLinks.predecessorId }).from(organisationLinks).where(eq(organisationLinks.successorId, out[i].id)).all();
		for (const p of preds) if (!seen.has(p.id)) {
			seen.add(p.id);
			out.push({ id: p.id, depth: out[i].depth + 1 });
		}
	}
	return out;
}

export interface Comparability {
	frameworkId: string;
	/** `same`: the reference version; `crosswalk`: mapped by the reference's crosswalk; `none`: not comparable. */
	status: 'same' | 'crosswalk' | 'none';
	/** Questions of the reference version with no counterpart in this version. */
	notComparable: string[];
	/** Sections whose results include a question that is not comparable. */
	partlyComparable: string[];
}

export function comparability(reference: Framework, other: Framework): Comparability {
	if (other.id === reference.id) return { frameworkId: other.id, status: 'same', notComparable: [], partlyComparable: [] };
	const cw = reference.crosswalk;
	if (!cw || cw.from !== other.id) return { frameworkId: other.id, status: 'none', notComparable: [], partlyComparable: reference.sections.map((s) => s.code) };
	const mapped = new Set(Object.values(cw.map));
	const notComparable = reference.sections.flatMap((s) => s.questions.map((q) => q.code)).filter((c) => !mapped.has(c));
	return {
		frameworkId: other.id,
		status: 'crosswalk',
		notComparable,
		partlyComparable: reference.sections.filter((s) => s.questions.some((q) => notComparable.includes(q.code))).map((s) => s.code)
	};
}

export interface TrendRow {
	roundId: number;
	roundName: string;
	year: number;
	organisationId: number;
	organisation: string;
	/** 0 = the organisation itself, 1 = a unit it replaced, … */
	depth: number;
	assessmentId: number;
	status: string;
	frameworkId: string;
	cells: Cell[];
}

export async function trendModel(db: Db, organisationId: number, kind: 'dg' | 'od', locale: Locale) {
	const units = lineage(db, organisationId);
	const ids = units.map((u) => u.id);
	const rows = db
		.select({ a: assessments, r: rounds, result: scoreCache.result, fwKind: frameworks.kind })
		.from(assessments)
		.innerJoin(rounds, eq(rounds.id, assessments.roundId))
		.innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
		.innerJoin(scoreCache, eq(scoreCache.assessmentId, assessments.id))
		.where(and(inArray(assessments.organisationId, ids), eq(frameworks.kind, kind)))
		.all()
		.filter((x) => x.r.status !== 'draft')
		.sort((x, y) => y.r.year - x.r.year || x.r.id - y.r.id);
	if (!rows.length) return { reference: null, rows: [] as TrendRow[], comparability: [] as Comparability[], sections: [] as { code: string; title: string }[] };
	const reference = (await getFramework(db, rows[0].a.frameworkId))!;
	const versions = new Map<string, Framework>();
	for (const id of new Set(rows.map((r) => r.a.frameworkId))) versions.set(id, (await getFramework(db, id))!);
	const trendRows: TrendRow[] = rows.map(({ a, r, result }) => {
		const org = organisationsOn(db, [a.organisationId], roundDay(r)).get(a.organisationId)!;
		const fw = versions.get(a.frameworkId)!;
		const own = cellsOf(JSON.parse(result) as AssessmentResult, 'effective');
		// Results are placed under the reference version's sections by code.
		const cells = reference.sections.map((s) => {
			const i = fw.sections.findIndex((x) => x.code === s.code);
			return i === -1 ? (kind === 'dg' ? { kind: 'dg' as const, score: null, band: null, coverage: null } : { kind: 'od' as const, colour: null, override: false, suggested: null }) : own[i];
		});
		return {
			roundId: r.id,
			roundName: locale === 'en' && r.nameEn ? r.nameEn : r.nameVi,
			year: r.year,
			organisationId: a.organisationId,
			organisation: displayName(org, locale),
			depth: units.find((u) => u.id === a.organisationId)?.depth ?? 0,
			assessmentId: a.id,
			status: a.status,
			frameworkId: a.frameworkId,
			cells
		};
	});
	return {
		reference: { id: reference.id, title: reference.shortTitle[locale] },
		sections: reference.sections.map((s) => ({ code: s.code, title: s.shortTitle[locale] })),
		rows: trendRows,
		comparability: [...versions.values()].map((v) => comparability(reference, v))
	};
}
