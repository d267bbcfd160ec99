/**
 * Group commit for autosaves. With `synchronous = FULL` every COMMIT waits for the disk (one fsync of the
 * write-ahead log), and that wait was the largest part of an autosave (docs/performance.md). Saves that
 * arrive in the same turn of the event loop are applied together in one transaction, each inside its own
 * savepoint, and committed once: every one of them is acknowledged only after that COMMIT returned, so an
 * acknowledged save is as durable as before (BUDGETS.md R1).
 *
 * - A job that throws rolls back its own savepoint only; the others go on.
 * - Work a job defers under a key (the assessment's score) runs once per key, after every job of the group
 *   and before the COMMIT.
 * - If the COMMIT itself fails, nothing of the group is kept and every job gets the error.
 * - The whole group runs synchronously, so no other request ever sees a write that is not committed yet.
 */
import type { Db } from '../db';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Defer = (key: string, work: (tx: Tx) => void) => void;

interface Job {
	run: (tx: Tx, defer: Defer) => unknown;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

const waiting = new Map<Db, Job[]>();

/** Runs `run` in the next group commit of `db`; resolves with its result once the group is committed. */
export function inGroupCommit<T>(db: Db, run: (tx: Tx, defer: Defer) => T): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let jobs = waiting.get(db);
		if (!jobs) {
			jobs = [];
			waiting.set(db, jobs);
			setImmediate(() => commitGroup(db));
		}
		jobs.push({ run, resolve: resolve as (value: unknown) => void, reject });
	});
}

function commitGroup(db: Db): void {
	const jobs = waiting.get(db) ?? [];
	waiting.delete(db);
	const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
	try {
		db.transaction((tx) => {
			const deferred = new Map<string, (tx: Tx) => void>();
			const defer: Defer = (key, work) => void deferred.set(key, work);
			for (const job of jobs) {
				const before = new Map(deferred);
				try {
					outcomes.push({ ok: true, value: tx.transaction((sp) => job.run(sp, defer)) });
				} catch (error) {
					// What a failed job deferred goes with its savepoint.
					deferred.clear();
					for (const [k, w] of before) deferred.set(k, w);
					outcomes.push({ ok: false, error });
				}
			}
			for (const work of deferred.values()) work(tx);
		});
	} catch (error) {
		for (const job of jobs) job.reject(error);
		return;
	}
	jobs.forEach((job, i) => {
		const o = outcomes[i];
		if (o.ok) job.resolve(o.value);
		else job.reject(o.error);
	});
}
