/**
 * Backups: a complete copy of the one SQLite file (answers, evidence files, the audit log) made with
 * SQLite's online backup API while the app keeps running, checked with `PRAGMA integrity_check` before it
 * is listed. Used by `/admin/backups` and by `npm run backup` (scripts/backup.ts) for scheduled jobs.
 *
 * Restoring (README "Backups"): stop the server, replace the database file with a backup, remove the
 * `-wal` and `-shm` files beside it, start again.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { connect, databasePath, type Db } from '../db';
import { writeAudit } from '../audit';

/** `sansang-20261122T215020Z.db`, with `-2`, `-3`… when two backups fall in the same second. */
export const BACKUP_NAME = /^sansang-\d{8}T\d{6}Z(?:-\d+)?\.db$/;

/** `BACKUP_DIR`, or `backups/` beside the database file (`data/backups/` for the default database). */
export function backupDir(): string {
	const configured = process.env.BACKUP_DIR?.trim();
	return resolve(configured || join(dirname(resolve(databasePath())), 'backups'));
}

export interface BackupInfo {
	name: string;
	size: number;
	createdAt: Date;
}

function timestamp(at: Date): string {
	return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function freeName(dir: string, at: Date): string {
	const base = `sansang-${timestamp(at)}`;
	for (let i = 1; ; i++) {
		const name = i === 1 ? `${base}.db` : `${base}-${i}.db`;
		if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}.partial`))) return name;
	}
}

/**
 * Checks a database file: `ok`, or SQLite's list of problems. The copy is switched from WAL to a rollback
 * journal on the way, so the backup is one self-contained file.
 */
export function checkBackupFile(path: string): string {
	const copy = connect(path, { wal: false });
	try {
		copy.pragma('journal_mode = DELETE');
		const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
		return rows.map((r) => r.integrity_check).join('; ');
	} finally {
		copy.close();
	}
}

export class BackupError extends Error {}

/**
 * Copies a database into the backup folder now. `pagesPerStep` bounds how long each step holds the
 * database: the server copies in steps and stays responsive (its own writes during the copy are carried
 * into it by SQLite); a separate process (`npm run backup`) copies in one step, since writes from another
 * connection would restart a stepped copy. Writes nothing to the source: a second writer beside the server
 * would make the server's transactions fail (SQLITE_BUSY_SNAPSHOT), so the command opens it read-only.
 */
export async function createBackup(
	source: Database.Database,
	options: { dir?: string; at?: Date; pagesPerStep?: number } = {}
): Promise<BackupInfo & { path: string }> {
	const dir = options.dir ?? backupDir();
	mkdirSync(dir, { recursive: true });
	const at = options.at ?? new Date();
	const name = freeName(dir, at);
	const path = join(dir, name);
	const partial = `${path}.partial`;
	const pages = options.pagesPerStep ?? 1000;
	try {
		await source.backup(partial, { progress: () => pages });
		const integrity = checkBackupFile(partial);
		if (integrity !== 'ok') throw new BackupError(`integrity check of the copy failed: ${integrity}`);
		renameSync(partial, path);
	} catch (e) {
		rmSync(partial, { force: true });
		rmSync(`${partial}-journal`, { force: true });
		throw e;
	}
	return { name, size: statSync(path).size, createdAt: at, path };
}

/** A backup made by an administrator from the app: who made it goes into the audit log. */
export async function backupNow(db: Db, actorId: number, options: { dir?: string; at?: Date } = {}): Promise<BackupInfo & { path: string }> {
	const backup = await createBackup(db.$client, options);
	writeAudit(db, { userId: actorId, entity: 'backup', entityId: backup.name, action: 'create', after: { name: backup.name, size: backup.size } });
	return backup;
}

/** Backups in the folder, newest first (copies still being written are left out). */
export function listBackups(dir: string = backupDir()): BackupInfo[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => BACKUP_NAME.test(name))
		.map((name) => {
			const stat = statSync(join(dir, name));
			return { name, size: stat.size, createdAt: nameInstant(name) ?? stat.mtime };
		})
		.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || sequence(b.name) - sequence(a.name));
}

/** 1 for `…Z.db`, n for `…Z-n.db`. */
const sequence = (name: string) => Number(/-(\d+)\.db$/.exec(name)?.[1] ?? 1);

function nameInstant(name: string): Date | null {
	const m = /^sansang-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(name);
	return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

/** The path of a listed backup, or null for any other name (no path ever leaves the folder). */
export function backupPath(name: string, dir: string = backupDir()): { path: string; size: number } | null {
	if (!BACKUP_NAME.test(name)) return null;
	const path = join(dir, name);
	if (!existsSync(path)) return null;
	return { path, size: statSync(path).size };
}

/** A backup leaves the server: who took it is in the audit log. */
export function recordBackupDownload(db: Db, actorId: number, name: string): void {
	writeAudit(db, { userId: actorId, entity: 'backup', entityId: name, action: 'download' });
}
