import type { Migration } from '../migration';

// Each draft (and the desk's index of drafts) is a Yjs document, kept as its log of updates; the
// `drafts` row stays the derived copy that the library, search, export and the CLI read.
const updates = `
CREATE TABLE doc_updates (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE INDEX doc_updates_doc ON doc_updates (doc, id);

CREATE TABLE desk_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
`;

// Revisions are shared between laptops: a uid names one everywhere, with the person who kept it.
const revisions = `
ALTER TABLE revisions ADD COLUMN uid TEXT;
ALTER TABLE revisions ADD COLUMN author TEXT;
UPDATE revisions SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX revisions_uid ON revisions (uid);
`;

/** The per-document Yjs update log, the desk's own state (server, person), and shared revision ids. */
export const migration: Migration = {
  version: 4,
  name: 'desk-sync',
  up(db) {
    db.exec(updates + revisions);
  },
};
