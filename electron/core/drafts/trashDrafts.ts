import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { trashDraft } from './trashDraft';

/** Moves several drafts to the trash in one transaction: all of them, or none when one is missing. */
export function trashDrafts(db: Database, ids: readonly string[], now: Date): Draft[] {
  return db.transaction(() => [...new Set(ids)].map((id) => trashDraft(db, id, now))).immediate();
}
