import type { Database } from 'better-sqlite3';
import type { Draft, RevisionReason, RevisionSummary } from '../../shared/model/draft';
import { randomUUID } from 'node:crypto';
import { statement } from '../db/statement';
import { deskPerson, recordRevision } from '../sync/deskDrafts';
import { draftToRevisionRow, rowToRevisionSummary, type RevisionRow } from './revisionRow';

const insertRevision = statement<[Omit<RevisionRow, 'id'>]>(
  `INSERT INTO revisions (draft_id, created_at, label, reason, version, word_count, headline, fields, body, uid, author)
   VALUES (@draft_id, @created_at, @label, @reason, @version, @word_count, @headline, @fields, @body, @uid, @author)`,
);

/**
 * Keeps a snapshot of the draft as it is now (fields and body), by the person this laptop syncs as, and
 * returns its list entry. The revision goes into the draft's document too, so every laptop lists it.
 */
export function createRevision(db: Database, draft: Draft, reason: RevisionReason, label: string | null, now: Date): RevisionSummary {
  const row = { ...draftToRevisionRow(draft, reason, label, now.toISOString()), uid: randomUUID(), author: deskPerson(db) };
  const id = Number(insertRevision(db).run(row).lastInsertRowid);
  recordRevision(db, row);
  return rowToRevisionSummary({ ...row, id });
}
