import type { Migration } from '../migration';

const statuses = "'draft', 'in_review', 'approved', 'published'";
const ftsColumns = 'headline, dek, body_text, author_name, tags';
const tagsText = (row: 'new' | 'old') => `(SELECT coalesce(group_concat(value, ', '), '') FROM json_each(${row}.tags))`;
const ftsValues = (row: 'new' | 'old') =>
  `${row}.seq, ${row}.headline, ${row}.dek, ${row}.body_text, ${row}.author_name, ${tagsText(row)}`;

const drafts = `
CREATE TABLE drafts (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE,
  slug_locked INTEGER NOT NULL DEFAULT 0 CHECK (slug_locked IN (0, 1)),
  kicker TEXT NOT NULL DEFAULT '',
  headline TEXT NOT NULL DEFAULT '',
  dek TEXT NOT NULL DEFAULT '',
  author_name TEXT NOT NULL DEFAULT '',
  author_bio TEXT NOT NULL DEFAULT '',
  dateline TEXT NOT NULL DEFAULT '',
  section TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_type(tags) = 'array'),
  language TEXT NOT NULL DEFAULT 'en',
  seo_title TEXT NOT NULL DEFAULT '',
  seo_description TEXT NOT NULL DEFAULT '',
  published_url TEXT,
  published_at TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (${statuses})),
  status_order INTEGER GENERATED ALWAYS AS (
    CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 ELSE 3 END
  ) VIRTUAL,
  body TEXT NOT NULL CHECK (json_valid(body)),
  body_text TEXT NOT NULL DEFAULT '',
  word_count INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
`;

// Partial indexes over live drafts, one per sort and one per status filter + sort, so each page
// of the library is a walk of an index; the trash is small and gets one index.
const listIndexes = `
CREATE INDEX drafts_live_updated ON drafts (updated_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_created ON drafts (created_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_headline ON drafts (headline COLLATE NOCASE, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_status_order ON drafts (status_order, updated_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_status_created ON drafts (status, created_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_status_headline ON drafts (status, headline COLLATE NOCASE, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_live_status_updated ON drafts (status, updated_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX drafts_trashed ON drafts (deleted_at) WHERE deleted_at IS NOT NULL;
`;

const history = `
CREATE TABLE draft_status_changes (
  id INTEGER PRIMARY KEY,
  draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN (${statuses})),
  changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX draft_status_changes_draft ON draft_status_changes (draft_id, id);

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  label TEXT,
  reason TEXT NOT NULL CHECK (reason IN ('auto', 'manual', 'status', 'restore', 'conflict')),
  version INTEGER NOT NULL CHECK (version >= 0),
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  headline TEXT NOT NULL,
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  body TEXT NOT NULL CHECK (json_valid(body))
) STRICT;
CREATE INDEX revisions_draft ON revisions (draft_id, id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
`;

// The index covers live drafts only (the view is its content), and the triggers keep it in step
// with every write to drafts, whichever code makes it. One update trigger, so the old entry is
// always removed before the new one is added.
const search = `
CREATE VIEW drafts_search_source AS
  SELECT seq, headline, dek, body_text, author_name,
    (SELECT coalesce(group_concat(value, ', '), '') FROM json_each(drafts.tags)) AS tags
  FROM drafts WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE drafts_fts USING fts5 (
  ${ftsColumns},
  content = 'drafts_search_source', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- Ranking by column: headline 10, dek 4, body 1, author 2, tags 3. Set as the table's rank so
-- "ORDER BY rank LIMIT n" lets FTS5 sort and snippet() runs for the n hits only.
INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 3.0)');

CREATE TRIGGER drafts_fts_after_insert AFTER INSERT ON drafts WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO drafts_fts (rowid, ${ftsColumns}) VALUES (${ftsValues('new')});
END;

CREATE TRIGGER drafts_fts_after_delete AFTER DELETE ON drafts WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO drafts_fts (drafts_fts, rowid, ${ftsColumns}) VALUES ('delete', ${ftsValues('old')});
END;

CREATE TRIGGER drafts_fts_after_update
AFTER UPDATE OF headline, dek, body_text, author_name, tags, deleted_at ON drafts BEGIN
  INSERT INTO drafts_fts (drafts_fts, rowid, ${ftsColumns})
    SELECT 'delete', ${ftsValues('old')} WHERE old.deleted_at IS NULL;
  INSERT INTO drafts_fts (rowid, ${ftsColumns})
    SELECT ${ftsValues('new')} WHERE new.deleted_at IS NULL;
END;
`;

/** Drafts, their status history and revisions, the full-text index kept by triggers, and settings. */
export const migration: Migration = {
  version: 1,
  name: 'drafts',
  up(db) {
    db.exec(drafts + listIndexes + history + search);
  },
};
