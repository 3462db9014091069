import type { Migration } from '../migration';
import { headlineSortKey } from '../../drafts/headlineSortKey';

const schema = `
ALTER TABLE drafts ADD COLUMN headline_sort TEXT NOT NULL DEFAULT '';
DROP INDEX drafts_live_headline;
DROP INDEX drafts_live_status_headline;
CREATE INDEX drafts_live_headline ON drafts (headline_sort, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_status_headline ON drafts (status, headline_sort, seq) WHERE deleted_at IS NULL;
`;

/**
 * Natural order for headlines: a sort key column written with every draft (see headlineSortKey),
 * indexed for the library's pages, and filled in here for the drafts already stored.
 */
export const migration: Migration = {
  version: 7,
  name: 'headline-sort',
  up(db) {
    db.exec(schema);
    const update = db.prepare<[string, number]>('UPDATE drafts SET headline_sort = ? WHERE seq = ?');
    for (const row of db.prepare<[], { seq: number; headline: string }>('SELECT seq, headline FROM drafts').all()) {
      update.run(headlineSortKey(row.headline), row.seq);
    }
  },
};
