/**
 * Framework versions live in the database (shipped ones are registered at start; administrators import
 * more). A version is immutable once an assessment uses it. Parsed definitions are cached by id and hash:
 * a version never changes, so the cache never goes stale.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, frameworks } from '../db/schema';
import { loadFramework, parseFrameworkJson, type FrameworkIssue } from '$lib/domain/frameworks/validate';
import { shippedFrameworks } from '$lib/domain/frameworks/shipped';
import type { Framework } from '$lib/domain/frameworks/schema';
import { writeAudit, type DbOrTx } from '../audit';
import { preparedQuery } from '../db/prepared';

const cache = new Map<string, Framework>();

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Canonical JSON of a validated definition (defaults applied), as stored and exported. */
export function frameworkJson(fw: Framework): string {
	return JSON.stringify(fw, null, '\t');
}

export async function frameworkInUse(db: Db, id: string): Promise<boolean> {
	return !!db.select({ id: assessments.id }).from(assessments).where(eq(assessments.frameworkId, id)).get();
}

/**
 * Registers the shipped versions. A shipped version already in the database is left alone once an
 * assessment uses it (versions are immutable); an unused one is refreshed to the shipped text.
 */
export async function registerShippedFrameworks(db: Db): Promise<void> {
	for (const input of shippedFrameworks) {
		const fw = loadFramework(input);
		const definition = frameworkJson(fw);
		const hash = sha256(definition);
		const existing = db.select({ sha256: frameworks.sha256 }).from(frameworks).where(eq(frameworks.id, fw.id)).get();
		if (existing?.sha256 === hash) continue;
		if (existing && (await frameworkInUse(db, fw.id))) {
			console.warn(`framework ${fw.id} differs from the shipped text but is in use; keeping the stored version`);
			continue;
		}
		db.transaction((tx) => {
			if (existing) tx.update(frameworks).set({ definition, sha256: hash }).where(eq(frameworks.id, fw.id)).run();
			else tx.insert(frameworks).values({ id: fw.id, kind: fw.kind, version: fw.version, definition, sha256: hash, origin: 'shipped' }).run();
			writeAudit(tx, { userId: null, entity: 'framework', entityId: fw.id, action: existing ? 'refresh' : 'register', after: { sha256: hash } });
		});
	}
}

export async function getFramework(db: Db, id: string): Promise<Framework | null> {
	return getFrameworkSync(db, id);
}

const frameworkHash = preparedQuery((db) => db.select({ sha256: frameworks.sha256 }).from(frameworks).where(eq(frameworks.id, sql.placeholder('id'))).prepare());

/** `getFramework` inside a transaction (or wherever the caller must not yield). */
export function getFrameworkSync(db: DbOrTx, id: string): Framework | null {
	// Only the hash is read on every call: the definition (hundreds of kilobytes) is read on a cache miss.
	const row = frameworkHash(db).get({ id });
	if (!row) return null;
	const key = `${id}@${row.sha256}`;
	let fw = cache.get(key);
	if (!fw) {
		const stored = db.select({ definition: frameworks.definition }).from(frameworks).where(eq(frameworks.id, id)).get()!;
		fw = loadFramework(JSON.parse(stored.definition));
		cache.set(key, fw);
	}
	return fw;
}

export async function requireFramework(db: Db, id: string): Promise<Framework> {
	const fw = await getFramework(db, id);
	if (!fw) throw new Error(`framework ${id} is not registered`);
	return fw;
}

export interface FrameworkSummary {
	id: string;
	kind: string;
	version: string;
	origin: string;
	createdAt: Date;
	assessments: number;
}

export async function listFrameworks(db: Db): Promise<FrameworkSummary[]> {
	return db
		.select({
			id: frameworks.id,
			kind: frameworks.kind,
			version: frameworks.version,
			origin: frameworks.origin,
			createdAt: frameworks.createdAt,
			assessments: sql<number>`(select count(*) from ${assessments} where ${assessments.frameworkId} = ${frameworks.id})`
		})
		.from(frameworks)
		.all()
		.sort((a, b) => a.id.localeCompare(b.id));
}

export async function getFrameworkJson(db: Db, id: string): Promise<string | null> {
	return db.select({ definition: frameworks.definition }).from(frameworks).where(eq(frameworks.id, id)).get()?.definition ?? null;
}

export type ImportResult = { ok: true; id: string } | { ok: false; issues: FrameworkIssue[] };

/** Imports a version from JSON; refused whole, with every problem listed, if anything is wrong. */
export async function importFramework(db: Db, actorId: number, text: string): Promise<ImportResult> {
	const parsed = parseFrameworkJson(text);
	if (!parsed.ok) return parsed;
	const fw = parsed.framework;
	const existing = db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, fw.id)).get();
	if (existing)
		return { ok: false, issues: [{ path: 'id', message: `version ${fw.id} already exists; versions are immutable, give the new one a new id` }] };
	if (fw.crosswalk) {
		const from = db.select({ id: frameworks.id, kind: frameworks.kind }).from(frameworks).where(eq(frameworks.id, fw.crosswalk.from)).get();
		if (!from) return { ok: false, issues: [{ path: 'crosswalk.from', message: `unknown version ${fw.crosswalk.from}` }] };
		if (from.kind !== fw.kind) return { ok: false, issues: [{ path: 'crosswalk.from', message: `${fw.crosswalk.from} is a ${from.kind} framework` }] };
		const earlier = await requireFramework(db, fw.crosswalk.from);
		const earlierCodes = new Set(earlier.sections.flatMap((s) => s.questions.map((q) => q.code)));
		const unknown = Object.keys(fw.crosswalk.map).filter((c) => !earlierCodes.has(c));
		if (unknown.length)
			return { ok: false, issues: unknown.map((c) => ({ path: `crosswalk.map.${c}`, message: `${c} is not a question of ${fw.crosswalk!.from}` })) };
	}
	const definition = frameworkJson(fw);
	db.transaction((tx) => {
		tx.insert(frameworks)
			.values({ id: fw.id, kind: fw.kind, version: fw.version, definition, sha256: sha256(definition), origin: 'imported', createdBy: actorId })
			.run();
		writeAudit(tx, { userId: actorId, entity: 'framework', entityId: fw.id, action: 'import', after: { kind: fw.kind, version: fw.version } });
	});
	return { ok: true, id: fw.id };
}
