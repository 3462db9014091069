import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { recordDraft } from '../sync/deskDrafts';
import { draftColumns, draftToRow, type DraftRow } from './draftRow';

const insertSql = `INSERT INTO drafts (${draftColumns.join(', ')}) VALUES (${draftColumns.map((column) => `@${column}`).join(', ')})`;
const updatable = draftColumns.filter((column) => column !== 'id' && column !== 'created_at');
const updateSql = `UPDATE drafts SET ${updatable.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id AND version = @base_version`;

const insertRow = statement<[DraftRow]>(insertSql);
const updateRow = statement<[DraftRow & { base_version: number }]>(updateSql);

/** Inserts a new draft row (the search index follows by trigger) and records it on the desk as a Yjs update. */
export function insertDraft(db: Database, draft: Draft): void {
  insertRow(db).run(draftToRow(draft));
  recordDraft(db, draft);
}

/**
 * Writes a draft over its row, only if the row is still at `baseVersion`; otherwise throws
 * AppError('conflict'). The search index follows by trigger; the change becomes a Yjs update of the
 * draft's document in the same transaction.
 */
export function writeDraft(db: Database, draft: Draft, baseVersion: number): void {
  const result = updateRow(db).run({ ...draftToRow(draft), base_version: baseVersion });
  if (result.changes !== 1) {
    throw new AppError('conflict', 'This draft was changed elsewhere; reload it to see the latest version.');
  }
  recordDraft(db, draft);
}
