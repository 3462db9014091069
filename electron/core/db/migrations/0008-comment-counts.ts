import type { Migration } from '../migration';

const tables = `
CREATE TABLE comment_counts (
  draft_id TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
  open_threads INTEGER NOT NULL CHECK (open_threads >= 0)
) STRICT;
`;

/**
 * How many open comment threads each draft has, for the library. The threads themselves live in the
 * draft's Yjs document (they sync with it); this count is written with every change to them, here or
 * from another laptop.
 */
export const migration: Migration = {
  version: 8,
  name: 'comment-counts',
  up(db) {
    db.exec(tables);
  },
};
