import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { restoreDraft } from './restoreDraft';

/** Brings several drafts back from the trash in one transaction: all of them, or none when one is missing. */
export function restoreDrafts(db: Database, ids: readonly string[]): Draft[] {
  return db.transaction(() => [...new Set(ids)].map((id) => restoreDraft(db, id))).immediate();
}
