/**
 * The one entry point to the database. Only this module reads DATABASE_URL.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/sansang.db';

export function databasePath(): string {
	return process.env.DATABASE_URL?.replace(/^file:/, '') || DEFAULT_DATABASE_PATH;
}

/**
 * Every connection to the database file is opened here, whoever opens it (the server, `npm run backup`,
 * `npm start`, the check of a backup copy): `synchronous = FULL` on every one, because WAL's default
 * (NORMAL) can lose commits that were already acknowledged if the machine loses power, and a process kill
 * cannot tell the two apart (BUDGETS.md R1). A read-write connection also switches the file to WAL, unless
 * `wal: false` (a backup copy, which is made self-contained in rollback-journal mode).
 */
export function connect(path: string, options: { readonly?: boolean; fileMustExist?: boolean; wal?: boolean } = {}): Database.Database {
	const readonly = options.readonly ?? false;
	const client = new Database(path, { readonly, fileMustExist: options.fileMustExist ?? false });
	if (!readonly && (options.wal ?? true)) client.pragma('journal_mode = WAL');
	client.pragma('synchronous = FULL');
	client.pragma('foreign_keys = ON');
	client.pragma('busy_timeout = 5000');
	return client;
}

/**
 * Keeps compiled statements by their SQL text. drizzle prepares every query it runs, and compiling the SQL
 * was the largest single cost of a questionnaire page or an autosave (docs/performance.md). A statement is
 * handed out again only when it is not in the middle of an iteration, with its row mode reset (drizzle
 * switches a statement to arrays with `raw()`); the cache is bounded (least recently used leaves first).
 * SQLite recompiles a kept statement by itself if the schema changes.
 */
export function cacheStatements(client: Database.Database, size = 512): Database.Database {
	const compile = client.prepare.bind(client);
	const kept = new Map<string, Database.Statement>();
	client.prepare = ((source: string) => {
		const statement = kept.get(source);
		if (statement && !statement.busy) {
			kept.delete(source);
			kept.set(source, statement);
			if (statement.reader) statement.raw(false);
			return statement;
		}
		const fresh = compile(source);
		if (!statement) {
			kept.set(source, fresh);
			if (kept.size > size) kept.delete(kept.keys().next().value as string);
		}
		return fresh;
	}) as Database.Database['prepare'];
	return client;
}

/** Opens the app's connection (read-write, WAL, the pragmas of `connect`, kept statements) with drizzle on top. */
export function openDatabase(path: string = databasePath()): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	return drizzle(cacheStatements(connect(path)), { schema }) as Db;
}

export function migrationsFolder(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
}

export function migrateDatabase(db: Db, folder: string = migrationsFolder()): void {
	migrate(db, { migrationsFolder: folder });
}

/** Number of migrations shipped with this build and number applied to the database. */
export function migrationStatus(db: Db, folder: string = migrationsFolder()) {
	const journal = JSON.parse(readFileSync(resolve(folder, 'meta/_journal.json'), 'utf8')) as {
		entries: unknown[];
	};
	const applied = db.$client
		.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
		.get() as { n: number };
	const count = applied.n
		? (db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
		: 0;
	return { shipped: journal.entries.length, applied: count, current: count === journal.entries.length };
}

let shared: Db | undefined;

/** The process-wide connection, opened on first use. */
export function getDb(): Db {
	shared ??= openDatabase();
	return shared;
}

/** Replaces the process-wide connection (tests and the seed command). */
export function setDb(db: Db | undefined): void {
	shared = db;
}

/** A fresh in-memory database with every migration applied: for repository and service tests. */
export function createTestDb(): Db {
	const db = openDatabase(':memory:');
	migrateDatabase(db);
	return db;
}

export { schema };
