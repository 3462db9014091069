import { AppError } from '../../shared/contract/result';
import { UsageError } from './usageError';

/** The CLI's exit codes (documented in docs/cli.md). */
export const exitCodes = {
  ok: 0,
  /** Not found, refused (a conflict, a purge outside the trash) or an unexpected failure. */
  failed: 1,
  /** Bad arguments or invalid input. */
  usage: 2,
  /** The database could not be opened at all (permissions, a newer schema). */
  storage: 3,
} as const;

/** The exit code for an error a command ended with. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return exitCodes.usage;
  if (error instanceof AppError) {
    if (error.code === 'invalid_input' || error.code === 'unreadable_input') return exitCodes.usage;
    if (error.code === 'storage') return exitCodes.storage;
  }
  return exitCodes.failed;
}
