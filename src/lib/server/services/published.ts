/**
 * What the public sees: published snapshots only — immutable copies of final results. Nothing that has not
 * been published is read here.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { rounds, snapshots } from '../db/schema';
import type { SnapshotData } from './snapshots';
import { compareNames, type Locale } from '$lib/domain/text';
import { displayName } from '$lib/domain/organisations';

export interface PublishedItem {
	snapshotId: number;
	assessmentId: number;
	organisation: string;
	kind: string;
	frameworkId: string;
	frameworkKind: string;
	version: number;
	publishedAt: Date;
}

/** Rounds with at least one published snapshot, each with the latest snapshot per assessment. */
export function publishedRounds(db: Db, locale: Locale) {
	const rows = db.select({ s: snapshots, r: rounds }).from(snapshots).innerJoin(rounds, eq(rounds.id, snapshots.roundId)).orderBy(desc(snapshots.snapshotVersion)).all();
	const byRound = new Map<number, { id: number; name: string; year: number; items: PublishedItem[] }>();
	const seen = new Set<number>();
	for (const { s, r } of rows) {
		if (seen.has(s.assessmentId)) continue;
		seen.add(s.assessmentId);
		const data = JSON.parse(s.data) as SnapshotData;
		const entry = byRound.get(r.id) ?? { id: r.id, name: locale === 'en' && r.nameEn ? r.nameEn : r.nameVi, year: r.year, items: [] };
		entry.items.push({
			snapshotId: s.id,
			assessmentId: s.assessmentId,
			organisation: displayName(data.organisation, locale),
			kind: data.organisation.kind,
			frameworkId: s.frameworkId,
			frameworkKind: data.framework.kind,
			version: s.snapshotVersion,
			publishedAt: s.publishedAt
		});
		byRound.set(r.id, entry);
	}
	return [...byRound.values()]
		.map((r) => ({ ...r, items: r.items.sort((a, b) => compareNames(a.organisation, b.organisation, locale) || a.frameworkId.localeCompare(b.frameworkId)) }))
		.sort((a, b) => b.year - a.year);
}

export function publishedSnapshot(db: Db, id: number) {
	const row = db.select().from(snapshots).where(eq(snapshots.id, id)).get();
	if (!row) return null;
	const versions = db
		.select({ id: snapshots.id, version: snapshots.snapshotVersion, publishedAt: snapshots.publishedAt, correctionNote: snapshots.correctionNote })
		.from(snapshots)
		.where(and(eq(snapshots.assessmentId, row.assessmentId)))
		.orderBy(desc(snapshots.snapshotVersion))
		.all();
	return { row, data: JSON.parse(row.data) as SnapshotData, versions };
}
