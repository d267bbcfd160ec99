/**
 * `npm run backup`: a backup of the database now, for scheduled jobs (cron, systemd timers). Safe while
 * the server runs: SQLite's online backup, then `PRAGMA integrity_check` on the copy. Prints the path of
 * the backup; exits with a non-zero code when anything fails.
 *
 *   DATABASE_URL=/var/lib/sansang/sansang.db BACKUP_DIR=/var/backups/sansang npm run backup
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { databasePath } from '../src/lib/server/db';
import { backupDir, createBackup } from '../src/lib/server/services/backup';

try {
	const source = databasePath();
	if (!existsSync(source)) throw new Error(`no database at ${source} (set DATABASE_URL)`);
	// Read-only: the server stays the only writer. It may write meanwhile, so the copy is made in one step
	// (a stepped copy would restart after each of the server's writes).
	const db = new Database(source, { readonly: true, fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	const backup = await createBackup(db, { dir: backupDir(), pagesPerStep: 0x7fffffff });
	db.close();
	console.log(backup.path);
} catch (e) {
	console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
