import type { Database } from 'better-sqlite3';
import { DraftStatus, type StatusChange } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { requireDraft } from './getDraft';

type StatusChangeRow = { status: string; changed_at: string };

const selectChanges = statement<[string], StatusChangeRow>(
  'SELECT status, changed_at FROM draft_status_changes WHERE draft_id = ? ORDER BY id',
);

/** Every status a draft has had with the time it took it, oldest first. */
export function listStatusChanges(db: Database, id: string): StatusChange[] {
  requireDraft(db, id);
  return selectChanges(db)
    .all(id)
    .flatMap((row) => {
      const status = DraftStatus.safeParse(row.status);
      return status.success ? [{ status: status.data, changedAt: row.changed_at }] : [];
    });
}
