import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { DraftStatus } from '../../shared/model/draft';
import type { DeskRole } from '../../shared/review/workflowRefusal';
import { draftDesk } from '../sync/deskDrafts';
import type { EngineContext } from '../engineContext';

/**
 * The person's role on the desk, as the newsroom server named it for the access token; null on a
 * laptop on its own, where nobody's role refuses anything.
 */
export function deskRole(context: Pick<EngineContext, 'db'>): DeskRole | null {
  return draftDesk(context.db).role();
}

/** With a server, only an editor approves or publishes, and a viewer changes nothing: refused in words. */
export function requireStatusAllowed(db: Database, status: DraftStatus): void {
  const role = draftDesk(db).role();
  if (role === 'viewer') throw new AppError('forbidden', 'Your access to the newsroom is read-only: a viewer cannot change a draft’s status.');
  if (role === 'reporter' && (status === 'approved' || status === 'published')) {
    throw new AppError('forbidden', `Only an editor can mark a draft ${status === 'approved' ? 'approved' : 'published'}; your role on this desk is reporter.`);
  }
}
