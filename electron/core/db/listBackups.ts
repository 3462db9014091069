import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A daily backup of a database, named `<stem>-YYYY-MM-DD.sqlite`. */
export type BackupFile = { path: string; date: string };

/** The `backups/` folder beside a database file. */
export function backupsFolder(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

/** The part of the database file name that backups start with (`newsdesk` for `newsdesk.sqlite`). */
export function backupStem(dbPath: string): string {
  return path.basename(dbPath).replace(/\.[^.]*$/, '');
}

/** The backups of a database, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const folder = backupsFolder(dbPath);
  if (!existsSync(folder)) return [];
  const stem = backupStem(dbPath);
  const backups: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`${stem}-`)) continue;
    const date = /^(\d{4}-\d{2}-\d{2})\.sqlite$/.exec(name.slice(stem.length + 1))?.[1];
    if (date !== undefined) backups.push({ path: path.join(folder, name), date });
  }
  return backups.sort((a, b) => b.date.localeCompare(a.date));
}
