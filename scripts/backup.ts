/**
 * `npm run backup`: a backup of the database now, for scheduled jobs (cron, systemd timers). Safe while
 * the server runs: SQLite's online backup, then `PRAGMA integrity_check` on the copy. Prints the path of
 * the backup; exits with a non-zero code when anything fails.
 *
 *   DATABASE_URL=/var/lib/sansang/sansang.db BACKUP_DIR=/var/backups/sansang npm run backup
 */
import { existsSync } from 'node:fs';
import { connect, databasePath } from '../src/lib/server/db';
import { backupDir, createBackup } from '../src/lib/server/services/backup';

try {
	const source = databasePath();
	if (!existsSync(source)) throw new Error(`no database at ${source} (set DATABASE_URL)`);
	// Read-only: the server stays the only writer. It may write meanwhile, so the copy is made in one step
	// (a stepped copy would restart after each of the server's writes).
	const db = connect(source, { readonly: true, fileMustExist: true });
	const backup = await createBackup(db, { dir: backupDir(), pagesPerStep: 0x7fffffff });
	db.close();
	console.log(backup.path);
} catch (e) {
	console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
