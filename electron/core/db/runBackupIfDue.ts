import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupStem, backupsFolder, listBackups } from './listBackups';

/** How many daily backups are kept. */
export const BACKUPS_KEPT = 7;

/**
 * Makes today's online backup (better-sqlite3 `backup()`, safe while the app writes) in
 * `backups/` beside the database, unless one exists for today (UTC), then keeps only the newest
 * `keep`. Resolves to the new backup's path, or null when none was due.
 */
export async function runBackupIfDue(db: Database, dbPath: string, now: Date = new Date(), keep: number = BACKUPS_KEPT): Promise<string | null> {
  if (dbPath === ':memory:' || dbPath === '') return null;
  const folder = backupsFolder(dbPath);
  const target = path.join(folder, `${backupStem(dbPath)}-${now.toISOString().slice(0, 10)}.sqlite`);
  if (existsSync(target)) return null;
  mkdirSync(folder, { recursive: true });
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  for (const old of listBackups(dbPath).slice(Math.max(keep, 1))) rmSync(old.path, { force: true });
  return target;
}
