import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';

const FOLDER_KEY = 'exportFolder';
const selectFolder = statement<[string], string>('SELECT value FROM settings WHERE key = ?');
const upsertFolder = statement<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

/** The folder the last export was saved in, or null before the first. */
export function lastExportFolder(db: Database): string | null {
  const stored = selectFolder(db).pluck().get(FOLDER_KEY);
  if (stored === undefined) return null;
  try {
    const folder: unknown = JSON.parse(stored);
    return typeof folder === 'string' ? folder : null;
  } catch {
    return null;
  }
}

/** Remembers the folder of an export for the next save dialog. */
export function rememberExportFolder(db: Database, folder: string): void {
  upsertFolder(db).run(FOLDER_KEY, JSON.stringify(folder));
}
