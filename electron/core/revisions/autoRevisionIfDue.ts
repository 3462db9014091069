import type { Database } from 'better-sqlite3';
import type { Draft, RevisionSummary } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { createRevision } from './createRevision';

/** Editing time between automatic snapshots. */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60 * 1000;

const selectLastTime = statement<[string], string>('SELECT created_at FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1');

/**
 * Called before a save replaces `draft`: keeps it as an automatic revision when the newest
 * snapshot (or the draft's creation) is at least five minutes old, so no more than five minutes of
 * writing ever lives only in the current draft.
 */
export function autoRevisionIfDue(db: Database, draft: Draft, now: Date): RevisionSummary | null {
  const last = selectLastTime(db).pluck().get(draft.id) ?? draft.createdAt;
  if (now.getTime() - Date.parse(last) < AUTO_REVISION_INTERVAL_MS) return null;
  return createRevision(db, draft, 'auto', null, now);
}
