import type { Database } from 'better-sqlite3';
import type { Draft, RevisionReason, RevisionSummary } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { draftToRevisionRow, rowToRevisionSummary, type RevisionRow } from './revisionRow';

const insertRevision = statement<[Omit<RevisionRow, 'id'>]>(
  `INSERT INTO revisions (draft_id, created_at, label, reason, version, word_count, headline, fields, body)
   VALUES (@draft_id, @created_at, @label, @reason, @version, @word_count, @headline, @fields, @body)`,
);

/** Keeps a snapshot of the draft as it is now (fields and body) and returns its list entry. */
export function createRevision(db: Database, draft: Draft, reason: RevisionReason, label: string | null, now: Date): RevisionSummary {
  const row = draftToRevisionRow(draft, reason, label, now.toISOString());
  const id = Number(insertRevision(db).run(row).lastInsertRowid);
  return rowToRevisionSummary({ ...row, id });
}
