/**
 * P4 and P5 (BUDGETS.md): the scoring engine against a reference SQL aggregate over the same rows, and one
 * incremental rescore against recomputing a whole round. Runs in the benchmark's own process on a database
 * file (the server is not involved), median of 3.
 *
 * Compared figures, at fixed rounding (6 decimals):
 * - DG: per assessment × source × pillar, the weighted mean of answered levels and the coverage
 *   (answered ÷ applicable), for pillars with at least one applicable question;
 * - OD: per assessment × source, how many questions sit at each rating (N/A left out).
 * National questions read the round's one national answer, questions not asked of the organisation's kind
 * are left out — on both sides.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../src/lib/server/db/schema';
import type { Db } from '../src/lib/server/db';
import { getFramework } from '../src/lib/server/repositories/frameworks';
import { organisationInRound, roundDay } from '../src/lib/server/repositories/assessments';
import { refreshScore } from '../src/lib/server/services/scores';
import { scoreAssessment } from '../src/lib/domain/scoring/engine';
import type { AnswerInput, AssessmentResult } from '../src/lib/domain/scoring/types';
import type { Source } from '../src/lib/domain/scoring/ratings';
import type { Framework } from '../src/lib/domain/frameworks/schema';
import { orgKinds } from '../src/lib/domain/frameworks/vocabulary';
import { appliesToKind } from '../src/lib/domain/frameworks/model';

export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const r6 = (x: number | null) => (x === null ? 'null' : (Math.round(x * 1e6) / 1e6).toFixed(6));

function timed<T>(fn: () => T): { ms: number; value: T } {
	const t = performance.now();
	const value = fn();
	return { ms: performance.now() - t, value };
}

interface Meta {
	frameworks: Map<string, Framework>;
	/** assessment id → { frameworkId, roundId, kind } */
	assessments: Map<number, { frameworkId: string; roundId: number; kind: string }>;
}

/** Framework definitions and each assessment's organisation kind on its round's day (not timed). */
async function metadata(db: Db, where: string, params: unknown[]): Promise<Meta> {
	const c = db.$client;
	const rows = c
		.prepare(`SELECT a.id, a.framework_id AS frameworkId, a.round_id AS roundId, a.organisation_id AS org, r.year FROM assessments a JOIN rounds r ON r.id = a.round_id WHERE ${where}`)
		.all(...params) as { id: number; frameworkId: string; roundId: number; org: number; year: number }[];
	const frameworks = new Map<string, Framework>();
	for (const id of new Set(rows.map((r) => r.frameworkId))) frameworks.set(id, (await getFramework(db, id))!);
	const kinds = new Map<string, string>();
	const assessments = new Map<number, { frameworkId: string; roundId: number; kind: string }>();
	for (const r of rows) {
		const key = `${r.org}:${r.year}`;
		if (!kinds.has(key)) kinds.set(key, organisationInRound(db, r.org, roundDay({ year: r.year })).kind);
		assessments.set(r.id, { frameworkId: r.frameworkId, roundId: r.roundId, kind: kinds.get(key)! });
	}
	// The reference SQL reads the framework structure from temporary tables (question → section, weight,
	// scope, kinds it is asked of) and each assessment's kind.
	c.exec('DROP TABLE IF EXISTS temp.bench_q; DROP TABLE IF EXISTS temp.bench_k');
	c.exec('CREATE TEMP TABLE bench_q (framework_id TEXT, fkind TEXT, code TEXT, section TEXT, weight REAL, scope TEXT, kind TEXT, PRIMARY KEY (framework_id, kind, code)) WITHOUT ROWID');
	c.exec('CREATE TEMP TABLE bench_k (assessment_id INTEGER PRIMARY KEY, kind TEXT)');
	const insQ = c.prepare('INSERT INTO bench_q VALUES (?, ?, ?, ?, ?, ?, ?)');
	const insK = c.prepare('INSERT INTO bench_k VALUES (?, ?)');
	c.transaction(() => {
		for (const fw of frameworks.values())
			for (const section of fw.sections)
				for (const q of section.questions)
					for (const kind of orgKinds) if (appliesToKind(q, kind)) insQ.run(fw.id, fw.kind, q.code, section.code, 'weight' in q ? q.weight : 1, q.scope, kind);
		for (const [id, a] of assessments) insK.run(id, a.kind);
	})();
	return { frameworks, assessments };
}

/** The engine over every assessment in scope: read the rows, score, extract the compared figures. */
function engineFigures(db: Db, meta: Meta, where: string, params: unknown[]): Map<string, string> {
	const c = db.$client;
	const answers = c
		.prepare(`SELECT x.assessment_id, x.question_code, x.source, x.rating FROM answers x JOIN assessments a ON a.id = x.assessment_id WHERE ${where}`)
		.raw()
		.all(...params) as [number, string, Source, string | null][];
	const national = c
		.prepare(`SELECT n.round_id, n.framework_id, n.question_code, n.rating FROM national_answers n WHERE n.round_id IN (SELECT a.round_id FROM assessments a WHERE ${where})`)
		.raw()
		.all(...params) as [number, string, string, string | null][];
	const byAssessment = new Map<number, AnswerInput[]>();
	for (const [id, code, source, rating] of answers) {
		let list = byAssessment.get(id);
		if (!list) byAssessment.set(id, (list = []));
		list.push({ code, source, rating });
	}
	const nationalBy = new Map<string, { code: string; rating: string | null }[]>();
	for (const [round, fw, code, rating] of national) {
		const key = `${round}:${fw}`;
		let list = nationalBy.get(key);
		if (!list) nationalBy.set(key, (list = []));
		list.push({ code, rating });
	}
	const out = new Map<string, string>();
	for (const [id, a] of meta.assessments) {
		const fw = meta.frameworks.get(a.frameworkId)!;
		const result = scoreAssessment(fw, { answers: byAssessment.get(id) ?? [], national: nationalBy.get(`${a.roundId}:${a.frameworkId}`) ?? [] }, { orgKind: a.kind as never });
		extract(id, result, out);
	}
	return out;
}

function extract(id: number, result: AssessmentResult, out: Map<string, string>) {
	if (result.kind === 'dg') {
		for (const [source, s] of Object.entries(result.sources))
			for (const p of s.pillars) if (p.applicable > 0) out.set(`${id}|${source}|${p.code}`, `${r6(p.score)}|${r6(p.coverage)}`);
	} else {
		for (const [source, s] of Object.entries(result.summaries))
			for (const [rating, n] of Object.entries(s.questionCounts)) out.set(`${id}|${source}|${rating}`, String(n));
	}
}

const ratedRows = (where: string, fkind: 'dg' | 'od') => `
	WITH src(source) AS (VALUES ('self'), ('assessor'), ('final'))
	SELECT a.id AS aid, src.source AS source, q.section AS section, q.weight AS weight,
		CASE WHEN q.scope = 'national' THEN n.rating ELSE x.rating END AS rating
	FROM assessments a
	JOIN bench_k k ON k.assessment_id = a.id
	JOIN bench_q q ON q.framework_id = a.framework_id AND q.kind = k.kind AND q.fkind = '${fkind}'
	CROSS JOIN src
	LEFT JOIN answers x ON q.scope = 'organisation' AND x.assessment_id = a.id AND x.question_code = q.code AND x.source = src.source
	LEFT JOIN national_answers n ON q.scope = 'national' AND n.round_id = a.round_id AND n.framework_id = a.framework_id AND n.question_code = q.code
	WHERE ${where}`;

/** The reference: the same figures as one SQL aggregate each for DG and OD. */
function sqlFigures(db: Db, where: string, params: unknown[]): Map<string, string> {
	const c = db.$client;
	const out = new Map<string, string>();
	const dg = c
		.prepare(
			`WITH r AS (${ratedRows(where, 'dg')})
			SELECT aid, source, section,
				SUM(CASE WHEN rating IN ('1','2','3','4') THEN weight * rating END) / SUM(CASE WHEN rating IN ('1','2','3','4') THEN weight END) AS score,
				SUM(rating IN ('1','2','3','4')) AS answered,
				SUM(rating IS NULL OR rating <> 'na') AS applicable
			FROM r GROUP BY aid, source, section HAVING applicable > 0`
		)
		.raw()
		.all(...params) as [number, string, string, number | null, number, number][];
	for (const [aid, source, section, score, answered, applicable] of dg) out.set(`${aid}|${source}|${section}`, `${r6(score)}|${r6(answered / applicable)}`);
	const od = c
		.prepare(`WITH r AS (${ratedRows(where, 'od')}) SELECT aid, source, rating, COUNT(*) FROM r WHERE rating IS NOT NULL AND rating <> 'na' GROUP BY aid, source, rating`)
		.raw()
		.all(...params) as [number, string, string, number][];
	for (const [aid, source, rating, n] of od) out.set(`${aid}|${source}|${rating}`, String(n));
	return out;
}

function sameFigures(a: Map<string, string>, b: Map<string, string>): { equal: boolean; compared: number; differences: string[] } {
	const differences: string[] = [];
	for (const [k, v] of a) if (b.get(k) !== v) differences.push(`${k}: engine ${v}, sql ${b.get(k) ?? '—'}`);
	for (const [k, v] of b) if (!a.has(k)) differences.push(`${k}: engine —, sql ${v}`);
	return { equal: differences.length === 0, compared: a.size, differences: differences.slice(0, 5) };
}

export interface P4Result {
	assessments: number;
	engineMs: number;
	sqlMs: number;
	ratio: number;
	equal: boolean;
	compared: number;
	differences: string[];
}

function open(path: string): Db {
	const client = new Database(path, { readonly: false });
	client.pragma('busy_timeout = 5000');
	return drizzle(client, { schema }) as Db;
}

/** P4 on the database at `path`, over the assessments matched by `where` (alias `a` = assessments). */
export async function engineVersusSql(path: string, where = '1 = 1', params: unknown[] = [], runs = 3): Promise<P4Result> {
	const db = open(path);
	try {
		const meta = await metadata(db, where, params);
		// Warm both paths once (statement preparation, page cache). Each of the `runs` timed runs repeats the
		// work enough times to last ~0.3 s, so a small round is not measured by one 40-ms sample; median of runs.
		let engine = engineFigures(db, meta, where, params);
		let sql = sqlFigures(db, where, params);
		const once = timed(() => sqlFigures(db, where, params)).ms;
		const reps = Math.max(1, Math.ceil(300 / Math.max(once, 1)));
		const e: number[] = [];
		const s: number[] = [];
		for (let i = 0; i < runs; i++) {
			const te = timed(() => {
				for (let k = 0; k < reps; k++) engine = engineFigures(db, meta, where, params);
			});
			e.push(te.ms / reps);
			const ts = timed(() => {
				for (let k = 0; k < reps; k++) sql = sqlFigures(db, where, params);
			});
			s.push(ts.ms / reps);
		}
		const check = sameFigures(engine, sql);
		return { assessments: meta.assessments.size, engineMs: median(e), sqlMs: median(s), ratio: median(e) / median(s), ...check };
	} finally {
		db.$client.close();
	}
}

export interface P5Result {
	incrementalMs: number;
	wholeRoundMs: number;
	ratio: number;
	assessments: number;
}

/**
 * P5: what the app does after one answer changes (`refreshScore` of that assessment, as in `saveAnswer`)
 * against recomputing every assessment of the round, both inside a transaction that is rolled back so the
 * database is left as it was. Incremental: median over every assessment of the round; whole round:
 * median of `runs`.
 */
export async function incrementalVersusRound(path: string, roundId: number, runs = 3): Promise<P5Result> {
	const db = open(path);
	try {
		const c = db.$client;
		const rows = c.prepare('SELECT id, framework_id AS fw FROM assessments WHERE round_id = ? ORDER BY id').all(roundId) as { id: number; fw: string }[];
		const fws = new Map<string, Framework>();
		for (const r of rows) if (!fws.has(r.fw)) fws.set(r.fw, (await getFramework(db, r.fw))!);
		const rolledBack = (fn: () => void) => {
			c.exec('BEGIN');
			try {
				return timed(fn).ms;
			} finally {
				c.exec('ROLLBACK');
			}
		};
		const whole = () => {
			for (const r of rows) refreshScore(db, r.id, fws.get(r.fw)!);
		};
		rolledBack(whole); // warm
		const w: number[] = [];
		for (let i = 0; i < runs; i++) w.push(rolledBack(whole));
		const one: number[] = [];
		for (const r of rows) one.push(rolledBack(() => refreshScore(db, r.id, fws.get(r.fw)!)));
		return { incrementalMs: median(one), wholeRoundMs: median(w), ratio: median(one) / median(w), assessments: rows.length };
	} finally {
		db.$client.close();
	}
}
