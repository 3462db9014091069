import type { Migration } from '../migration';

const ftsColumns = 'title, summary, section';

const tables = `
CREATE TABLE catalog_articles (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  section TEXT NOT NULL DEFAULT '',
  published_at TEXT,
  summary TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('feed', 'draft')),
  feed_url TEXT,
  draft_id TEXT,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX catalog_articles_published ON catalog_articles (published_at);
CREATE INDEX catalog_articles_draft ON catalog_articles (draft_id) WHERE draft_id IS NOT NULL;
CREATE INDEX catalog_articles_title ON catalog_articles (title COLLATE NOCASE);

CREATE TABLE catalog_feeds (
  url TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  last_imported_at TEXT NOT NULL,
  item_count INTEGER NOT NULL DEFAULT 0 CHECK (item_count >= 0)
) STRICT;
`;

// External-content FTS over the table itself, kept in step by triggers whatever code writes; a
// refresh that changes nothing of the indexed text leaves the index alone.
const search = `
CREATE VIRTUAL TABLE catalog_fts USING fts5 (
  ${ftsColumns},
  content = 'catalog_articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER catalog_fts_after_insert AFTER INSERT ON catalog_articles BEGIN
  INSERT INTO catalog_fts (rowid, ${ftsColumns}) VALUES (new.id, new.title, new.summary, new.section);
END;

CREATE TRIGGER catalog_fts_after_delete AFTER DELETE ON catalog_articles BEGIN
  INSERT INTO catalog_fts (catalog_fts, rowid, ${ftsColumns}) VALUES ('delete', old.id, old.title, old.summary, old.section);
END;

CREATE TRIGGER catalog_fts_after_update AFTER UPDATE OF title, summary, section ON catalog_articles
WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.section IS NOT new.section BEGIN
  INSERT INTO catalog_fts (catalog_fts, rowid, ${ftsColumns}) VALUES ('delete', old.id, old.title, old.summary, old.section);
  INSERT INTO catalog_fts (rowid, ${ftsColumns}) VALUES (new.id, new.title, new.summary, new.section);
END;
`;

/** The catalog of the website's published articles (for related links), its full-text index and its feeds. */
export const migration: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(tables + search);
  },
};
