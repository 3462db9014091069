import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { draftColumns, rowToDraft, type DraftRow } from './draftRow';

const selectById = statement<[string], DraftRow>(`SELECT ${draftColumns.join(', ')} FROM drafts WHERE id = ?`);
const selectBySlug = statement<[string], DraftRow>(`SELECT ${draftColumns.join(', ')} FROM drafts WHERE slug = ?`);
const selectSlugById = statement<[string], { slug: string }>('SELECT slug FROM drafts WHERE id = ?');

/** A draft by id, in the trash or not; null when there is none. */
export function getDraft(db: Database, id: string): Draft | null {
  const row = selectById(db).get(id);
  return row === undefined ? null : rowToDraft(row);
}

/** A draft by id, or AppError('not_found'). */
export function requireDraft(db: Database, id: string): Draft {
  const draft = getDraft(db, id);
  if (draft === null) throw new AppError('not_found', 'That draft does not exist (it may have been deleted for good).');
  return draft;
}

/**
 * The slug of a draft by id, or AppError('not_found'), without reading the rest of its row: the open page's
 * saves ask for it twice a second while the reporter types, and a long draft's body is most of its row.
 */
export function requireDraftSlug(db: Database, id: string): string {
  const row = selectSlugById(db).get(id);
  if (row === undefined) throw new AppError('not_found', 'That draft does not exist (it may have been deleted for good).');
  return row.slug;
}

/** A draft by its id or its slug (as typed on the command line); null when neither matches. */
export function findDraft(db: Database, idOrSlug: string): Draft | null {
  const row = selectById(db).get(idOrSlug) ?? selectBySlug(db).get(idOrSlug.toLowerCase());
  return row === undefined ? null : rowToDraft(row);
}
