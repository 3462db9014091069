import type { StoreRecovery } from '../../shared/contract/store';
import { moveAside } from './moveAside';
import { restoreLatestBackup } from './restoreLatestBackup';

/** What happened when a damaged database was found, in words fit to show the user (the contract's shape). */
export type Recovery = StoreRecovery;

/**
 * Moves a damaged database aside and puts the newest sound backup (copied) in its place, or
 * nothing so that a fresh store is created. Never deletes or overwrites the damaged file.
 */
export function recoverDatabase(dbPath: string, reason: string, now: Date, nativeBinding?: string): Recovery {
  const movedTo = moveAside(dbPath, now);
  const backup = restoreLatestBackup(dbPath, nativeBinding);
  const opened = backup
    ? `opened the latest backup (from ${backup.date}) instead; work since then is in the moved file`
    : 'started a new, empty store';
  return {
    movedTo,
    message: `Newsdesk could not read its database at ${dbPath} (${reason}). Nothing was deleted: the file was moved to ${movedTo}, and Newsdesk ${opened}.`,
    restoredFromBackup: backup?.path ?? null,
  };
}
