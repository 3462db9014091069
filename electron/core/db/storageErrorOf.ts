import { AppError } from '../../shared/contract/result';

const kept = 'Your edits are kept in the window and will be saved as soon as they can.';

/** Plain words for what SQLite reports when the disk or the file lets it down, by result-code prefix. */
const storageProblems: readonly [prefix: string, message: string][] = [
  ['SQLITE_FULL', `The disk is full, so Newsdesk could not save. Free some space. ${kept}`],
  ['SQLITE_IOERR', `The disk could not be written to, so Newsdesk could not save. ${kept}`],
  ['SQLITE_READONLY', `The database file is read-only, so Newsdesk could not save. Check the file's permissions. ${kept}`],
  ['SQLITE_CANTOPEN', `The database file could not be opened for writing. ${kept}`],
  ['SQLITE_BUSY', `The database is busy in another Newsdesk window or program. ${kept}`],
  ['SQLITE_LOCKED', `The database is busy in another Newsdesk window or program. ${kept}`],
  ['SQLITE_CORRUPT', `The database file is damaged, so Newsdesk could not save. Restart Newsdesk to recover it. ${kept}`],
];

/**
 * Turns a SQLite failure of the disk or the file (full, read-only, I/O, busy, damaged) into an
 * AppError('storage') with a message a reporter can act on; null for anything else.
 */
export function storageErrorOf(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  const code = error.code;
  const problem = storageProblems.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  return problem ? new AppError('storage', problem[1], { sqliteCode: code }) : null;
}
