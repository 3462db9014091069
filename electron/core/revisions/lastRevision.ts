import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';
import type { RevisionRow } from './revisionRow';

const selectLast = statement<[string], RevisionRow>(
  'SELECT id, draft_id, created_at, label, reason, version, word_count, headline, fields, body, uid, author FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
);

/** The newest revision row of a draft, or null. */
export function lastRevision(db: Database, draftId: string): RevisionRow | null {
  return selectLast(db).get(draftId) ?? null;
}
