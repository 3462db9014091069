import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { connect } from './connect';
import { damageReason } from './databaseDamage';
import { recoverDatabase, type Recovery } from './recoverDatabase';

/** Where the database lives and how to load SQLite. */
export type OpenDatabaseOptions = {
  /** A file path, or ':memory:'. */
  path: string;
  /** Path to a better_sqlite3.node built for the running ABI (the Electron app passes its own). */
  nativeBinding?: string;
  /** The clock used to name a moved-aside file. */
  now?: () => Date;
  /** Files up to this size get a full quick_check at every open (default 64 MB, see assertSoundFile). */
  fullCheckMaxBytes?: number;
};

/** An open, migrated database, and what was done if the file on disk was damaged. */
export type OpenedDatabase = { db: Database; recovered: Recovery | null };

function cannotOpen(filePath: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('storage', `Newsdesk could not open its database at ${filePath}: ${detail}. Nothing was changed.`);
}

/**
 * Opens (creating if needed) and migrates the drafts database. A damaged or non-database file is
 * moved aside with its bytes intact and the latest backup, or a fresh store, opens in its place;
 * `recovered` then says so in plain words. Other failures (permissions, a newer schema) throw an
 * AppError('storage') and touch nothing.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const filePath = options.path === ':memory:' ? options.path : path.resolve(options.path);
  const connectOptions = { nativeBinding: options.nativeBinding, fullCheckMaxBytes: options.fullCheckMaxBytes };
  if (filePath === ':memory:') return { db: connect(filePath, connectOptions), recovered: null };
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    return { db: connect(filePath, connectOptions), recovered: null };
  } catch (error) {
    const reason = damageReason(error);
    if (reason === null) throw cannotOpen(filePath, error);
    const now = options.now ?? (() => new Date());
    const recovered = recoverDatabase(filePath, reason, now(), options.nativeBinding);
    try {
      return { db: connect(filePath, connectOptions), recovered };
    } catch (retryError) {
      throw cannotOpen(filePath, retryError);
    }
  }
}
