/**
 * Open data: what the public API serves about rounds and results. It reads published snapshots only —
 * the immutable copies frozen at publication — never the live answers, so nothing validated but
 * unpublished, and nothing changed after a re-opening, can leak. Locale-neutral: codes, ISO dates and
 * instants, numbers as numbers.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import {
	frameworks,
	organisationLinks,
	organisationNames,
	organisations,
	rounds,
	snapshots
} from '../db/schema';
import type { SnapshotData } from './snapshots';
import { compareNames } from '$lib/domain/text';
import type { Table } from '$lib/domain/report/tables';

export const LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/'
} as const;

export interface PublishedRound {
	id: number;
	name: { vi: string; en: string | null };
	year: number;
	status: string;
	/** Published assessments per framework version. */
	frameworks: { id: string; kind: string; version: string; publishedAssessments: number }[];
	publishedAssessments: number;
	organisations: number;
	lastPublishedAt: string;
}

/** Rounds with at least one published snapshot, newest first. */
export function publishedRounds(db: Db): PublishedRound[] {
	const rows = db
		.select({
			roundId: snapshots.roundId,
			assessmentId: snapshots.assessmentId,
			organisationId: snapshots.organisationId,
			frameworkId: snapshots.frameworkId,
			publishedAt: snapshots.publishedAt
		})
		.from(snapshots)
		.all();
	if (!rows.length) return [];
	const roundRows = db
		.select()
		.from(rounds)
		.where(inArray(rounds.id, [...new Set(rows.map((r) => r.roundId))]))
		.all();
	const fwRows = db
		.select({ id: frameworks.id, kind: frameworks.kind, version: frameworks.version })
		.from(frameworks)
		.all();
	return roundRows
		.map((round) => {
			const mine = rows.filter((r) => r.roundId === round.id);
			const fwIds = [...new Set(mine.map((r) => r.frameworkId))].sort();
			return {
				id: round.id,
				name: { vi: round.nameVi, en: round.nameEn },
				year: round.year,
				status: round.status,
				frameworks: fwIds.map((id) => {
					const fw = fwRows.find((f) => f.id === id);
					return {
						id,
						kind: fw?.kind ?? '',
						version: fw?.version ?? '',
						publishedAssessments: new Set(mine.filter((r) => r.frameworkId === id).map((r) => r.assessmentId))
							.size
					};
				}),
				publishedAssessments: new Set(mine.map((r) => r.assessmentId)).size,
				organisations: new Set(mine.map((r) => r.organisationId)).size,
				lastPublishedAt: new Date(Math.max(...mine.map((r) => r.publishedAt.getTime()))).toISOString()
			};
		})
		.sort((a, b) => b.year - a.year || b.id - a.id);
}

export interface PublishedResult {
	organisation: {
		code: string;
		name: { vi: string; en: string | null };
		kind: string;
		region: string | null;
	};
	framework: { id: string; kind: 'dg' | 'od'; version: string };
	snapshotVersion: number;
	publishedAt: string;
	correctionNote: string | null;
	algorithmVersion: string;
	/** Earlier snapshots of the same assessment, which stay reachable (newest first). */
	previousVersions: { snapshotVersion: number; publishedAt: string; correctionNote: string | null }[];
	questions: {
		code: string;
		section: string;
		scope: string;
		rating: string | null;
		evidenceConfidence: string;
		target: string;
	}[];
	pillars?: {
		code: string;
		score: number | null;
		band: string | null;
		coverage: number | null;
		answered: number;
		applicable: number;
		dontKnow: number;
	}[];
	dimensions?: {
		code: string;
		colour: string | null;
		override: boolean;
		suggested: string;
		justification: string | null;
	}[];
}

export interface RoundResults {
	round: { id: number; name: { vi: string; en: string | null }; year: number };
	results: PublishedResult[];
}

/** The latest snapshot of every published assessment of a round; null when nothing is published. */
export function roundResults(db: Db, roundId: number): RoundResults | null {
	if (!Number.isSafeInteger(roundId) || roundId <= 0) return null;
	const rows = db
		.select()
		.from(snapshots)
		.where(eq(snapshots.roundId, roundId))
		.orderBy(desc(snapshots.snapshotVersion))
		.all();
	if (!rows.length) return null;
	const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get();
	if (!round) return null;
	const byAssessment = new Map<number, (typeof rows)[number][]>();
	for (const row of rows)
		byAssessment.set(row.assessmentId, [...(byAssessment.get(row.assessmentId) ?? []), row]);
	const results = [...byAssessment.values()].map(([latest, ...older]) => {
		const data = JSON.parse(latest.data) as SnapshotData;
		const result: PublishedResult = {
			organisation: {
				code: data.organisation.code,
				name: { vi: data.organisation.nameVi, en: data.organisation.nameEn },
				kind: data.organisation.kind,
				region: data.organisation.region
			},
			framework: data.framework,
			snapshotVersion: latest.snapshotVersion,
			publishedAt: latest.publishedAt.toISOString(),
			correctionNote: latest.correctionNote,
			algorithmVersion: latest.algorithmVersion,
			previousVersions: older.map((o) => ({
				snapshotVersion: o.snapshotVersion,
				publishedAt: o.publishedAt.toISOString(),
				correctionNote: o.correctionNote
			})),
			questions: data.questions.map((q) => ({
				code: q.code,
				section: q.section,
				scope: q.scope,
				rating: q.rating,
				evidenceConfidence: q.evidenceConfidence,
				target: q.target
			}))
		};
		if (data.pillars) result.pillars = data.pillars.map((p) => ({ ...p }));
		if (data.dimensions)
			result.dimensions = data.dimensions.map((d) => ({
				code: d.code,
				colour: d.colour,
				override: d.override,
				suggested: d.suggested,
				justification: d.justification
			}));
		return result;
	});
	results.sort(
		(a, b) =>
			compareNames(a.organisation.name.vi, b.organisation.name.vi, 'vi') ||
			a.framework.id.localeCompare(b.framework.id)
	);
	return { round: { id: round.id, name: { vi: round.nameVi, en: round.nameEn }, year: round.year }, results };
}

const resultColumns = [
	'round_id',
	'round_year',
	'organisation_code',
	'organisation_name_vi',
	'organisation_name_en',
	'organisation_kind',
	'organisation_region',
	'framework_id',
	'framework_kind',
	'framework_version',
	'snapshot_version',
	'published_at',
	'algorithm_version',
	'level',
	'code',
	'section',
	'scope',
	'rating',
	'evidence_confidence',
	'target',
	'score',
	'band',
	'coverage',
	'answered',
	'applicable',
	'dont_know',
	'colour',
	'override',
	'suggested',
	'justification',
	'licence',
	'demo'
] as const;

/**
 * The results as one long table: a row per question, pillar and dimension of each published assessment,
 * with the assessment's identity repeated on every row (so a row read alone still says what it is).
 */
export function resultsTable(data: RoundResults, demo: boolean): Table {
	const rows: Table['rows'] = [];
	for (const r of data.results) {
		const base = {
			round_id: data.round.id,
			round_year: data.round.year,
			organisation_code: r.organisation.code,
			organisation_name_vi: r.organisation.name.vi,
			organisation_name_en: r.organisation.name.en,
			organisation_kind: r.organisation.kind,
			organisation_region: r.organisation.region,
			framework_id: r.framework.id,
			framework_kind: r.framework.kind,
			framework_version: r.framework.version,
			snapshot_version: r.snapshotVersion,
			published_at: r.publishedAt,
			algorithm_version: r.algorithmVersion,
			licence: LICENCE.id,
			demo: String(demo)
		};
		for (const q of r.questions)
			rows.push({
				...base,
				level: 'question',
				code: q.code,
				section: q.section,
				scope: q.scope,
				rating: q.rating,
				evidence_confidence: q.evidenceConfidence,
				target: q.target
			});
		for (const p of r.pillars ?? [])
			rows.push({
				...base,
				level: 'pillar',
				code: p.code,
				section: p.code,
				score: p.score,
				band: p.band,
				coverage: p.coverage,
				answered: p.answered,
				applicable: p.applicable,
				dont_know: p.dontKnow
			});
		for (const d of r.dimensions ?? [])
			rows.push({
				...base,
				level: 'dimension',
				code: d.code,
				section: d.code,
				colour: d.colour,
				override: d.colour === null ? null : String(d.override),
				suggested: d.suggested,
				justification: d.justification
			});
	}
	return { name: 'results', columns: resultColumns.map((key) => ({ key, label: key })), rows };
}

export interface RegisterEntry {
	code: string;
	region: string | null;
	parent: string | null;
	validFrom: string;
	validTo: string | null;
	names: { validFrom: string; validTo: string | null; vi: string; en: string | null; kind: string }[];
	predecessors: { code: string; kind: string; effectiveDate: string }[];
	successors: { code: string; kind: string; effectiveDate: string }[];
}

/** The register of organisations: validity, names and kinds over time, predecessors and successors. */
export function organisationRegister(db: Db): RegisterEntry[] {
	const orgs = db.select().from(organisations).all();
	const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
	const names = db.select().from(organisationNames).all();
	const links = db.select().from(organisationLinks).all();
	const link = (id: number, kind: string, effectiveDate: string) => ({
		code: codeOf.get(id) ?? '',
		kind,
		effectiveDate
	});
	const byDate = <T extends { effectiveDate: string; code: string }>(a: T, b: T) =>
		a.effectiveDate.localeCompare(b.effectiveDate) || a.code.localeCompare(b.code);
	return orgs
		.map((o) => ({
			code: o.code,
			region: o.region,
			parent: o.parentId === null ? null : (codeOf.get(o.parentId) ?? null),
			validFrom: o.validFrom,
			validTo: o.validTo,
			names: names
				.filter((n) => n.organisationId === o.id)
				.sort((a, b) => a.validFrom.localeCompare(b.validFrom))
				.map((n) => ({
					validFrom: n.validFrom,
					validTo: n.validTo,
					vi: n.nameVi,
					en: n.nameEn,
					kind: n.kind
				})),
			predecessors: links
				.filter((l) => l.successorId === o.id)
				.map((l) => link(l.predecessorId, l.kind, l.effectiveDate))
				.sort(byDate),
			successors: links
				.filter((l) => l.predecessorId === o.id)
				.map((l) => link(l.successorId, l.kind, l.effectiveDate))
				.sort(byDate)
		}))
		.sort((a, b) => a.code.localeCompare(b.code));
}
