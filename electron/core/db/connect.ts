import BetterSqlite3, { type Database } from 'better-sqlite3';
import { assertSoundFile } from './assertSoundFile';
import { migrate } from './migrate';
import { registerSearchText } from './searchText';

/** How long a write waits for another connection (the app, the CLI) before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/** Options for one connection. */
export type ConnectOptions = {
  /** A better_sqlite3.node built for the running ABI. */
  nativeBinding?: string;
  /** Apply the migrations (default true); tests of one migration turn it off. */
  migrate?: boolean;
  /** Files up to this size get a full quick_check at every open (default FULL_CHECK_MAX_BYTES). */
  fullCheckMaxBytes?: number;
};

/**
 * Opens the read-write connection the engine uses: checks the file first (assertSoundFile),
 * then WAL, foreign keys, a busy timeout, the search-text function the indexes use (registerSearchText)
 * and the migrations. Throws DatabaseDamage when the file
 * is not a sound database; closes the connection on any failure.
 */
export function connect(filePath: string, options: ConnectOptions = {}): Database {
  assertSoundFile(filePath, options.nativeBinding, options.fullCheckMaxBytes);
  const db = new BetterSqlite3(filePath, { nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    registerSearchText(db);
    if (options.migrate ?? true) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
