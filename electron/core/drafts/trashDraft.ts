import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from './getDraft';
import { writeDraft } from './writeDraft';

/**
 * Moves a draft to the trash (it leaves the library and search, and keeps everything). The
 * version is unchanged, so an editor still open on it can save. Trashing twice changes nothing.
 */
export function trashDraft(db: Database, id: string, now: Date): Draft {
  return db
    .transaction(() => {
      const current = requireDraft(db, id);
      if (current.deletedAt !== null) return current;
      const trashed: Draft = { ...current, deletedAt: now.toISOString() };
      writeDraft(db, trashed, current.version);
      return trashed;
    })
    .immediate();
}
