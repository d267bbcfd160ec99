/**
 * `npm run backup`: a backup of the database now, for scheduled jobs (cron, systemd timers). Safe while
 * the server runs: SQLite's online backup, then `PRAGMA integrity_check` on the copy. Prints the path of
 * the backup; exits with a non-zero code when anything fails.
 *
 *   DATABASE_URL=/var/lib/sansang/sansang.db BACKUP_DIR=/var/backups/sansang npm run backup
 */
import { existsSync } from 'node:fs';
import { databasePath, openDatabase } from '../src/lib/server/db';
import { backupDir, createBackup } from '../src/lib/server/services/backup';

try {
	const source = databasePath();
	if (!existsSync(source)) throw new Error(`no database at ${source} (set DATABASE_URL)`);
	const db = openDatabase(source);
	// Another process (the server) may write meanwhile: copy in one step so the copy never restarts.
	const backup = await createBackup(db, null, { dir: backupDir(), pagesPerStep: 0x7fffffff });
	db.$client.close();
	console.log(backup.path);
} catch (e) {
	console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
