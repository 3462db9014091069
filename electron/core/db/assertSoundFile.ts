import { statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseDamage, damageReason } from './databaseDamage';
import { readHeaderProblem } from './readHeaderProblem';

/**
 * Up to this size every open runs SQLite's quick_check (it reads the whole file: about a quarter
 * of a second for 64 MB). Larger files get it only after an unclean shutdown (a -wal file left
 * behind), and the cheaper header, size and schema checks otherwise.
 */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

function sizeOf(filePath: string): number {
  try {
    const stats = statSync(filePath);
    return stats.isFile() ? stats.size : 0;
  } catch {
    return 0;
  }
}

function check(reader: BetterSqlite3.Database, full: boolean): void {
  if (!full) {
    reader.prepare('SELECT count(*) FROM sqlite_schema').get();
    return;
  }
  const result = reader.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new DatabaseDamage('the file is damaged');
}

/**
 * Checks an existing database file before anything may write to it: its header (and its length
 * against the header), then SQLite's quick_check (see FULL_CHECK_MAX_BYTES) on a read-only
 * connection, which never checkpoints or resets the -wal file, so a damaged file and its
 * companions keep every byte. Throws DatabaseDamage when it is damaged; other problems (locked,
 * permissions) are left for the read-write open to report.
 */
export function assertSoundFile(filePath: string, nativeBinding?: string, fullCheckMaxBytes = FULL_CHECK_MAX_BYTES): void {
  const size = sizeOf(filePath);
  if (filePath === ':memory:' || size === 0) return;
  const walPending = sizeOf(`${filePath}-wal`) > 0;
  const headerProblem = readHeaderProblem(filePath, !walPending);
  if (headerProblem !== null) throw new DatabaseDamage(headerProblem);
  let reader: BetterSqlite3.Database | null = null;
  try {
    reader = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    check(reader, walPending || size <= fullCheckMaxBytes);
  } catch (error) {
    const reason = damageReason(error);
    if (reason !== null) throw new DatabaseDamage(reason);
  } finally {
    reader?.close();
  }
}
