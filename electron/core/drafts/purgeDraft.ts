import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { statement } from '../db/statement';
import { forgetDraft } from '../sync/deskDrafts';
import { requireDraft } from './getDraft';

const deleteRow = statement<[string]>('DELETE FROM drafts WHERE id = ? AND deleted_at IS NOT NULL');

/**
 * Deletes a draft for good, with its revisions, status history and Yjs log (it leaves the desk). Only from the trash: a live
 * draft is refused with AppError('invalid_input').
 */
export function purgeDraft(db: Database, id: string): void {
  db.transaction(() => {
    const current = requireDraft(db, id);
    if (current.deletedAt === null) {
      throw new AppError('invalid_input', 'Only drafts in the trash can be deleted for good; move it to the trash first.');
    }
    deleteRow(db).run(id);
    forgetDraft(db, id);
  }).immediate();
}
