import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { DraftStatus } from '../../shared/model/draft';
import { statusRefusal, type DeskRole } from '../../shared/review/workflowRefusal';
import { draftDesk } from '../sync/deskDrafts';
import type { EngineContext } from '../engineContext';

/**
 * The person's role on the desk, as the newsroom server named it for the access token; null on a
 * laptop on its own, where nobody's role refuses anything.
 */
export function deskRole(context: Pick<EngineContext, 'db'>): DeskRole | null {
  return draftDesk(context.db).role();
}

/** Refuses, in words, a status this laptop's role may not set (see statusRefusal). */
export function requireStatusAllowed(db: Database, status: DraftStatus): void {
  const refusal = statusRefusal(draftDesk(db).role(), status);
  if (refusal !== null) throw new AppError('forbidden', refusal);
}
