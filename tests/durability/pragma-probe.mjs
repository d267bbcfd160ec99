/**
 * Loaded into a process under test with `NODE_OPTIONS=--import <this file>` (never by the app): records,
 * for every better-sqlite3 connection the process uses, its `PRAGMA synchronous` when the connection is
 * closed and, for those still open, when the process exits. One JSON line per connection is appended to
 * the file named by SANSANG_PRAGMA_PROBE. This sees connections however the code opened them, so a test
 * can show that every connection of the server and of `npm run backup` runs with synchronous = FULL (2).
 */
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = process.env.SANSANG_PRAGMA_PROBE;
if (out) {
	// The app's copy of better-sqlite3 (resolved from the project root, as the app resolves it).
	const Database = createRequire(join(process.cwd(), 'package.json'))('better-sqlite3');
	const seen = new Set();
	const record = (db, when) => {
		let synchronous = null;
		let journalMode = null;
		try {
			synchronous = db.pragma('synchronous', { simple: true });
			journalMode = db.pragma('journal_mode', { simple: true });
		} catch (e) {
			synchronous = `error: ${e instanceof Error ? e.message : String(e)}`;
		}
		const line = { pid: process.pid, when, name: db.name, readonly: db.readonly, memory: db.memory, synchronous, journalMode };
		appendFileSync(out, JSON.stringify(line) + '\n');
	};
	for (const method of ['prepare', 'exec', 'pragma', 'backup', 'transaction', 'serialize', 'function', 'aggregate', 'table']) {
		const original = Database.prototype[method];
		Database.prototype[method] = function (...args) {
			seen.add(this);
			return original.apply(this, args);
		};
	}
	const close = Database.prototype.close;
	Database.prototype.close = function (...args) {
		if (this.open) {
			seen.delete(this);
			record(this, 'close');
		}
		return close.apply(this, args);
	};
	process.on('exit', () => {
		for (const db of seen) if (db.open) record(db, 'exit');
	});
}
