import type { Database } from 'better-sqlite3';
import type { Draft, DraftStatus } from '../../shared/model/draft';
import { changeDraftStatus } from './changeDraftStatus';

/**
 * Changes the status of several drafts in one transaction (each as changeDraftStatus: recorded,
 * kept as a revision, published ones join the catalog): all of them, or none when one fails.
 */
export function changeDraftsStatus(db: Database, ids: readonly string[], status: DraftStatus, now: Date): Draft[] {
  return db.transaction(() => [...new Set(ids)].map((id) => changeDraftStatus(db, id, status, now))).immediate();
}
