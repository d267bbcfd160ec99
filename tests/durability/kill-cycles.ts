/**
 * BUDGETS.md R1, "an answer acknowledged as saved is never lost": `kill -9` of the production server
 * (`node server.mjs`, the harness's `startServer`) at random moments while simulated questionnaire tabs
 * autosave, restart on the same database file, and again. Each tab behaves like the questionnaire's
 * Autosaver (src/lib/components/questionnaire/autosave.svelte.ts): one change in flight at a time, each
 * with its own client-generated id, based on the version the tab last saw; a change whose answer never
 * came (the server died) stays queued and is sent again, with the same client id, once the server is back.
 *
 * At the end, with the server stopped: every acknowledged save is present (its receipt, its audit row
 * with its values, and the last acknowledged values are the answer's current ones), none was applied twice
 * (per answer, audit rows and version increments equal the acknowledged saves), and
 * `PRAGMA integrity_check` = ok.
 *
 * Used by tests/integration/durability.test.ts (10 cycles, in `npm test`) and by the benchmark
 * (`npm run bench -- --durability`, 50 cycles). Alone, from the project root after `npm run build`:
 *
 *   npx tsx tests/durability/kill-cycles.ts --cycles 50 [--seed 7] [--clients 6]
 *
 * A process kill leaves the OS page cache alone, so it cannot tell `synchronous = FULL` from NORMAL; that
 * every connection runs with FULL is checked separately (durability.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { signIn, startServer, type TestServer } from '../integration/harness';

export interface KillCyclesOptions {
	cycles: number;
	log?: (s: string) => void;
	/** Seeds the kill moments and the edits (default 20261122). */
	seed?: number;
	/** Simulated questionnaire tabs saving at the same time (default 6: three assessments, two tabs each). */
	clients?: number;
	/** Keep the database folder afterwards (its path is logged). */
	keep?: boolean;
}

export interface KillCyclesResult {
	cycles: number;
	/** Saves the server answered as saved. */
	acknowledged: number;
	/** Acknowledged saves missing afterwards. */
	lost: number;
	/** Saves applied more than once. */
	duplicated: number;
	/** `PRAGMA integrity_check` of the file at the end. */
	integrity: string;
	/** Changes in flight at a kill, sent again with the same client id after the restart. */
	resent: number;
	/** Of those, how many the server had already applied before it died (answered from its receipt). */
	resentAlreadyApplied: number;
	/** Answers that were neither saved nor a network failure (conflicts, refusals, server errors): should be 0. */
	unexpected: number;
	seed: number;
	durationMs: number;
}

export interface Values {
	rating: string | null;
	naReason: string | null;
	comment: string | null;
}

interface Change {
	clientId: string;
	code: string;
	values: Values;
	baseVersion: number;
	/** Times sent. */
	attempts: number;
	/** When the server was killed while this change was unanswered (the first time). */
	killedAt?: number;
}

interface Tab {
	index: number;
	email: string;
	cookie: string;
	assessmentId: number;
	codes: string[];
	versions: Map<string, number>;
	queued: Change | null;
	edits: number;
}

export interface Ack {
	clientId: string;
	assessmentId: number;
	code: string;
	values: Values;
	version: number;
	/** Set when this change was unanswered at a kill: when that kill happened. */
	killedAt?: number;
}

/** mulberry32: a small seeded PRNG, so a run's kill moments and edits can be replayed. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const keyOf = (assessmentId: number, code: string) => `${assessmentId}:${code}:self`;
const sameValues = (a: Values, b: Values) => a.rating === b.rating && (a.naReason ?? null) === (b.naReason ?? null) && (a.comment ?? null) === (b.comment ?? null);

async function kill9(server: TestServer): Promise<void> {
	if (server.process.exitCode !== null || server.process.signalCode !== null) return;
	const exited = new Promise((r) => server.process.once('exit', r));
	server.process.kill('SIGKILL');
	await exited;
}

/** The tabs: leads of 2026 DG assessments in progress, each assessment open in two tabs on different questions. */
function planTabs(dbPath: string, count: number): Omit<Tab, 'cookie'>[] {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		const perAssessment = 2;
		const assessments = db
			.prepare(
				`SELECT a.id AS assessmentId, min(u.email) AS email FROM assessments a
				 JOIN rounds r ON r.id = a.round_id JOIN frameworks f ON f.id = a.framework_id
				 JOIN users u ON u.organisation_id = a.organisation_id AND u.role = 'respondent' AND u.is_lead = 1 AND u.disabled = 0
				 WHERE r.year = 2026 AND r.status = 'open' AND f.kind = 'dg' AND a.status = 'in_progress'
				 GROUP BY a.id ORDER BY a.id LIMIT ?`
			)
			.all(Math.ceil(count / perAssessment)) as { assessmentId: number; email: string }[];
		if (assessments.length * perAssessment < count) throw new Error(`the demo database has too few DG assessments in progress for ${count} tabs`);
		const tabs: Omit<Tab, 'cookie'>[] = [];
		for (let i = 0; i < count; i++) {
			const a = assessments[Math.floor(i / perAssessment)];
			const tabOfAssessment = i % perAssessment;
			// Questions the organisation already answered (so they are asked of it), split between its tabs.
			const rows = db
				.prepare("SELECT question_code AS code, version FROM answers WHERE assessment_id = ? AND source = 'self' ORDER BY question_code LIMIT ?")
				.all(a.assessmentId, 3 * perAssessment) as { code: string; version: number }[];
			const mine = rows.filter((_, k) => k % perAssessment === tabOfAssessment);
			tabs.push({
				index: i,
				email: a.email,
				assessmentId: a.assessmentId,
				codes: mine.map((r) => r.code),
				versions: new Map(mine.map((r) => [r.code, r.version])),
				queued: null,
				edits: 0
			});
		}
		return tabs;
	} finally {
		db.close();
	}
}

/**
 * The end check on a database the killed servers left behind. `baseline`: the last audit row before the
 * traffic; `initialVersions`: each answer's version before it (key `assessment:code:self`).
 * - lost: an acknowledged save without its receipt (with the acknowledged version) or without its audit
 *   row, an answer whose values are not the last acknowledged ones, or with fewer versions than saves;
 * - duplicated: a save's audit row more than once, an audit row no acknowledged save accounts for, or
 *   more version increments than acknowledged saves.
 */
export function checkAcknowledged(
	db: Database.Database,
	acks: readonly Ack[],
	baseline: number,
	initialVersions: ReadonlyMap<string, number>
): { lost: number; duplicated: number; resentAlreadyApplied: number } {
	let lost = 0;
	let duplicated = 0;
	let resentAlreadyApplied = 0;
	const receipts = new Map(
		(db.prepare('SELECT client_id AS id, response, created_at AS at FROM save_receipts').all() as { id: string; response: string; at: number }[]).map((r) => [r.id, r])
	);
	const byKey = new Map<string, Ack[]>();
	for (const a of acks) {
		const key = keyOf(a.assessmentId, a.code);
		byKey.set(key, [...(byKey.get(key) ?? []), a]);
	}
	const auditOf = db.prepare("SELECT after FROM audit_events WHERE entity = 'answer' AND entity_id = ? AND id > ?");
	const answerOf = db.prepare("SELECT rating, na_reason AS naReason, comment, version FROM answers WHERE assessment_id = ? AND question_code = ? AND source = 'self'");
	for (const [key, list] of byKey) {
		// Every save applied to this answer during the run left one audit row with its values.
		const audits = (auditOf.all(key, baseline) as { after: string }[]).map((r) => JSON.parse(r.after) as Values);
		for (const a of list) {
			const receipt = receipts.get(a.clientId);
			const applied = audits.filter((v) => sameValues(v, a.values)).length;
			if (!receipt || (JSON.parse(receipt.response) as { version: number }).version !== a.version || applied === 0) lost++;
			if (applied > 1) duplicated += applied - 1;
			if (receipt && a.killedAt !== undefined && receipt.at < a.killedAt) resentAlreadyApplied++;
		}
		// An application no acknowledgement accounts for (every queued change was answered in the end).
		duplicated += audits.filter((v) => !list.some((a) => sameValues(a.values, v))).length;
		const [first] = list;
		const current = answerOf.get(first.assessmentId, first.code) as (Values & { version: number }) | undefined;
		const last = list.reduce((x, y) => (y.version > x.version ? y : x));
		const expectedVersion = (initialVersions.get(key) ?? 0) + list.length;
		if (!current || !sameValues(current, last.values)) lost++;
		else if (current.version > expectedVersion) duplicated += current.version - expectedVersion;
		else if (current.version < expectedVersion) lost += expectedVersion - current.version;
	}
	return { lost, duplicated, resentAlreadyApplied };
}

export async function runKillCycles(options: KillCyclesOptions): Promise<KillCyclesResult> {
	const started = Date.now();
	const log = options.log ?? (() => {});
	const seed = options.seed ?? 20261122;
	// Two streams: the kill moments do not depend on how many edits the tabs managed in between.
	const killRandom = prng(seed);
	const editRandom = prng(seed ^ 0x5bd1e995);
	const between = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	if (!existsSync(resolve('build/index.js'))) throw new Error('no production build: run `npm run build` first (from the project root)');

	const dir = mkdtempSync(join(tmpdir(), 'sansang-kill-'));
	const dbPath = join(dir, 'sansang.db');
	const existing = { dir, dbPath };
	let server: TestServer | undefined;
	const acks: Ack[] = [];
	let resent = 0;
	let unexpected = 0;

	try {
		server = await startServer({}, existing);
		log(`kill cycles: fresh demo database in ${dir} (seed ${seed})`);
		const plan = planTabs(dbPath, options.clients ?? 6);
		const cookies = new Map<string, string>();
		for (const email of new Set(plan.map((t) => t.email))) cookies.set(email, await signIn(server.url, email));
		const tabs: Tab[] = plan.map((t) => ({ ...t, cookie: cookies.get(t.email)! }));
		const baseline = (() => {
			const db = new Database(dbPath, { readonly: true });
			try {
				return (db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit_events').get() as { n: number }).n;
			} finally {
				db.close();
			}
		})();
		const initialVersions = new Map(tabs.flatMap((t) => [...t.versions].map(([code, v]) => [keyOf(t.assessmentId, code), v] as const)));

		const nextChange = (tab: Tab): Change => {
			const code = tab.codes[tab.edits % tab.codes.length];
			tab.edits++;
			return {
				clientId: randomBytes(16).toString('hex'),
				code,
				values: { rating: String(between(editRandom, 1, 4)), naReason: null, comment: `Thẻ ${tab.index}, lần sửa ${tab.edits}: kế hoạch chuyển đổi số` },
				baseVersion: tab.versions.get(code) ?? 0,
				attempts: 0
			};
		};

		/** Sends a tab's queued change (or a new one) once: false when the server could not be reached. */
		const sendOnce = async (tab: Tab, url: string): Promise<boolean> => {
			tab.queued ??= nextChange(tab);
			const change = tab.queued;
			const retry = change.attempts > 0;
			change.attempts++;
			let res: Response;
			let body: Record<string, unknown>;
			try {
				res = await fetch(`${url}/assessments/${tab.assessmentId}/save`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json', cookie: tab.cookie },
					body: JSON.stringify({ questionCode: change.code, source: 'self', ...change.values, baseVersion: change.baseVersion, clientId: change.clientId }),
					signal: AbortSignal.timeout(15_000)
				});
				body = (await res.json()) as Record<string, unknown>;
			} catch {
				return false; // the server is gone: the change stays queued, as in the browser
			}
			if (retry) resent++;
			if (res.status === 200 && body.status === 'saved') {
				const version = Number(body.version);
				const saved = body.answer as Values;
				if (!sameValues(saved, change.values) || version <= (tab.versions.get(change.code) ?? 0)) unexpected++;
				acks.push({ clientId: change.clientId, assessmentId: tab.assessmentId, code: change.code, values: saved, version, killedAt: change.killedAt });
				tab.versions.set(change.code, version);
				tab.queued = null;
				return true;
			}
			// A conflict, a refusal or a server error would be a finding: counted, and the page would move on.
			unexpected++;
			log(`tab ${tab.index}: ${change.code} answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
			tab.queued = null;
			return res.status < 500;
		};

		/** A tab saving change after change until the server goes away. */
		const runTab = async (tab: Tab, url: string): Promise<void> => {
			while (await sendOnce(tab, url));
		};

		for (let cycle = 1; cycle <= options.cycles; cycle++) {
			const url = server.url;
			const queuedBefore = tabs.filter((t) => t.queued).length;
			const ackedBefore = acks.length;
			const running = tabs.map((t) => runTab(t, url));
			// The kill falls at a random moment of steady traffic: after this cycle's first acknowledgement.
			const delay = between(killRandom, 0, 1000);
			for (const deadline = Date.now() + 20_000; acks.length === ackedBefore && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 2));
			await new Promise((r) => setTimeout(r, delay));
			const killedAt = Date.now();
			await kill9(server);
			await Promise.all(running);
			const unanswered = tabs.flatMap((t) => (t.queued && t.queued.attempts > 0 ? [t.queued] : []));
			for (const change of unanswered) change.killedAt ??= killedAt;
			const inFlight = unanswered.length;
			log(`cycle ${cycle}/${options.cycles}: kill -9 ${delay} ms into the traffic; ${acks.length - ackedBefore} saves acknowledged (${queuedBefore} re-sent first), ${inFlight} unanswered at the kill`);
			server = await startServer({}, existing);
		}

		// Last restart: each tab sends what is still queued, then the server stops normally.
		await Promise.all(tabs.map(async (t) => t.queued && (await sendOnce(t, server!.url))));
		const queuedAtEnd = tabs.filter((t) => t.queued).length;
		await server.stop();
		server = undefined;

		// ---- the checks, on the file the killed servers left behind
		const db = new Database(dbPath, { readonly: true, fileMustExist: true });
		let checked: ReturnType<typeof checkAcknowledged>;
		let integrity: string;
		try {
			integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
			checked = checkAcknowledged(db, acks, baseline, initialVersions);
		} finally {
			db.close();
		}
		const { lost: lostSaves, duplicated, resentAlreadyApplied } = checked;
		const lost = lostSaves + queuedAtEnd;
		const result: KillCyclesResult = {
			cycles: options.cycles,
			acknowledged: acks.length,
			lost,
			duplicated,
			integrity,
			resent,
			resentAlreadyApplied,
			unexpected,
			seed,
			durationMs: Date.now() - started
		};
		log(`kill cycles: ${JSON.stringify(result)}`);
		return result;
	} finally {
		if (server) await kill9(server).catch(() => {});
		if (options.keep) log(`kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

// Alone: `npx tsx tests/durability/kill-cycles.ts --cycles 50`
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const result = await runKillCycles({
		cycles: Number(arg('cycles') ?? 10),
		seed: arg('seed') ? Number(arg('seed')) : undefined,
		clients: arg('clients') ? Number(arg('clients')) : undefined,
		keep: process.argv.includes('--keep'),
		log: (s) => console.error(s)
	});
	console.log(JSON.stringify(result));
	const ok = result.lost === 0 && result.duplicated === 0 && result.integrity === 'ok' && result.unexpected === 0 && result.acknowledged > 0;
	process.exit(ok ? 0 : 1);
}
