import type { Migration } from '../migration';

// One review per draft and person: the revision they last marked reviewed. A draft has at most
// one assignee. The status history learns who made a change and the note they gave with it.
const tables = `
CREATE TABLE reviews (
  draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  person TEXT NOT NULL CHECK (length(person) BETWEEN 1 AND 100),
  revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
  reviewed_at TEXT NOT NULL,
  PRIMARY KEY (draft_id, person)
) STRICT;
CREATE INDEX reviews_person ON reviews (person, draft_id);

CREATE TABLE draft_assignments (
  draft_id TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
  person TEXT NOT NULL CHECK (length(person) BETWEEN 1 AND 100),
  assigned_by TEXT,
  assigned_at TEXT NOT NULL
) STRICT;
CREATE INDEX draft_assignments_person ON draft_assignments (person, draft_id);

ALTER TABLE draft_status_changes ADD COLUMN person TEXT;
ALTER TABLE draft_status_changes ADD COLUMN note TEXT CHECK (note IS NULL OR length(note) <= 2000);
`;

/** Reviews (who reviewed which revision), assignments, and who changed a status with what note. */
export const migration: Migration = {
  version: 6,
  name: 'reviews',
  up(db) {
    db.exec(tables);
  },
};
