import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from './getDraft';
import { writeDraft } from './writeDraft';

/** Brings a draft back from the trash into the library and search. Restoring a live draft changes nothing. */
export function restoreDraft(db: Database, id: string): Draft {
  return db
    .transaction(() => {
      const current = requireDraft(db, id);
      if (current.deletedAt === null) return current;
      const restored: Draft = { ...current, deletedAt: null };
      writeDraft(db, restored, current.version);
      return restored;
    })
    .immediate();
}
