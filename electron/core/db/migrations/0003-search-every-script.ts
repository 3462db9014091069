import type { Migration } from '../migration';
import { registerSearchText, SEARCH_TAGS_FUNCTION, SEARCH_TEXT_FUNCTION } from '../searchText';

const indexed = (value: string) => `${SEARCH_TEXT_FUNCTION}(${value})`;

const draftColumns = 'headline, dek, body_text, author_name, tags';
const tagsText = (row: string) => `${SEARCH_TAGS_FUNCTION}(${row}.tags)`;
const draftValues = (row: 'new' | 'old') =>
  `${row}.seq, ${['headline', 'dek', 'body_text', 'author_name'].map((column) => indexed(`${row}.${column}`)).join(', ')}, ${tagsText(row)}`;

// As migration 0001 made them, with the text read through newsdesk_search_text.
const drafts = `
DROP TRIGGER drafts_fts_after_insert;
DROP TRIGGER drafts_fts_after_delete;
DROP TRIGGER drafts_fts_after_update;
DROP TABLE drafts_fts;
DROP VIEW drafts_search_source;

CREATE VIEW drafts_search_source AS
  SELECT seq, ${indexed('headline')} AS headline, ${indexed('dek')} AS dek, ${indexed('body_text')} AS body_text,
    ${indexed('author_name')} AS author_name, ${tagsText('drafts')} AS tags
  FROM drafts WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE drafts_fts USING fts5 (
  ${draftColumns},
  content = 'drafts_search_source', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 3.0)');

CREATE TRIGGER drafts_fts_after_insert AFTER INSERT ON drafts WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO drafts_fts (rowid, ${draftColumns}) VALUES (${draftValues('new')});
END;

CREATE TRIGGER drafts_fts_after_delete AFTER DELETE ON drafts WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO drafts_fts (drafts_fts, rowid, ${draftColumns}) VALUES ('delete', ${draftValues('old')});
END;

CREATE TRIGGER drafts_fts_after_update
AFTER UPDATE OF headline, dek, body_text, author_name, tags, deleted_at ON drafts BEGIN
  INSERT INTO drafts_fts (drafts_fts, rowid, ${draftColumns})
    SELECT 'delete', ${draftValues('old')} WHERE old.deleted_at IS NULL;
  INSERT INTO drafts_fts (rowid, ${draftColumns})
    SELECT ${draftValues('new')} WHERE new.deleted_at IS NULL;
END;

INSERT INTO drafts_fts (drafts_fts) VALUES ('rebuild');
`;

const catalogColumns = 'title, summary, section';
const catalogValues = (row: 'new' | 'old') => `${row}.id, ${indexed(`${row}.title`)}, ${indexed(`${row}.summary`)}, ${indexed(`${row}.section`)}`;

const catalog = `
DROP TRIGGER catalog_fts_after_insert;
DROP TRIGGER catalog_fts_after_delete;
DROP TRIGGER catalog_fts_after_update;
DROP TABLE catalog_fts;

CREATE VIEW catalog_search_source AS
  SELECT id, ${indexed('title')} AS title, ${indexed('summary')} AS summary, ${indexed('section')} AS section FROM catalog_articles;

CREATE VIRTUAL TABLE catalog_fts USING fts5 (
  ${catalogColumns},
  content = 'catalog_search_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER catalog_fts_after_insert AFTER INSERT ON catalog_articles BEGIN
  INSERT INTO catalog_fts (rowid, ${catalogColumns}) VALUES (${catalogValues('new')});
END;

CREATE TRIGGER catalog_fts_after_delete AFTER DELETE ON catalog_articles BEGIN
  INSERT INTO catalog_fts (catalog_fts, rowid, ${catalogColumns}) VALUES ('delete', ${catalogValues('old')});
END;

CREATE TRIGGER catalog_fts_after_update AFTER UPDATE OF title, summary, section ON catalog_articles
WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.section IS NOT new.section BEGIN
  INSERT INTO catalog_fts (catalog_fts, rowid, ${catalogColumns}) VALUES ('delete', ${catalogValues('old')});
  INSERT INTO catalog_fts (rowid, ${catalogColumns}) VALUES (${catalogValues('new')});
END;

INSERT INTO catalog_fts (catalog_fts) VALUES ('rebuild');
`;

/**
 * Search in every script: the drafts' and the catalog's full-text indexes read their text through
 * newsdesk_search_text, which makes each Chinese, Japanese, Korean or Thai character a token of
 * its own, so `普京` is found inside `普京邀请习近平`, and a query of one or two characters works
 * as well as a longer one. Same tokenizer, weights, prefixes and triggers as before; both indexes
 * are rebuilt from the rows.
 */
export const migration: Migration = {
  version: 3,
  name: 'search-every-script',
  up(db) {
    registerSearchText(db);
    db.exec(drafts + catalog);
  },
};
