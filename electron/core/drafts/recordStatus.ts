import type { Database } from 'better-sqlite3';
import type { DraftStatus } from '../../shared/model/draft';
import { statement } from '../db/statement';

const insertChange = statement<[string, string, string]>('INSERT INTO draft_status_changes (draft_id, status, changed_at) VALUES (?, ?, ?)');

/** Records that a draft took a status at a time (its status history). */
export function recordStatus(db: Database, draftId: string, status: DraftStatus, changedAt: string): void {
  insertChange(db).run(draftId, status, changedAt);
}
