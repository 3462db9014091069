import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migration } from '../../../../electron/core/db/migrations/0001-drafts';

let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration]);
});
afterEach(() => db.close());

const insertDraft = (id: string, slug: string, headline: string, bodyText = '', deletedAt: string | null = null) =>
  db
    .prepare(
      `INSERT INTO drafts (id, slug, headline, tags, body, body_text, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, '["Weather","Coast"]', '{"type":"doc"}', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?)`,
    )
    .run(id, slug, headline, bodyText, deletedAt);

const matches = (query: string) => db.prepare('SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ?').pluck().all(query);
const integrityCheck = () => db.prepare("INSERT INTO drafts_fts (drafts_fts) VALUES ('integrity-check')").run();

describe('migration 0001: drafts', () => {
  it('takes an empty database to schema version 1 with STRICT tables', () => {
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'drafts_fts%'").all();
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: 'drafts', strict: 1 },
        { name: 'draft_status_changes', strict: 1 },
        { name: 'revisions', strict: 1 },
        { name: 'settings', strict: 1 },
      ]),
    );
    expect(tables).toHaveLength(4);
  });

  it('refuses values of the wrong type and unknown statuses', () => {
    expect(() => db.prepare("INSERT INTO drafts (id, slug, body, created_at, updated_at, version) VALUES ('a', 'a', '{}', 'x', 'x', 'one')").run()).toThrow();
    expect(() => db.prepare("INSERT INTO drafts (id, slug, body, created_at, updated_at, status) VALUES ('a', 'a', '{}', 'x', 'x', 'lost')").run()).toThrow();
    expect(() => db.prepare("INSERT INTO drafts (id, slug, body, created_at, updated_at) VALUES ('a', 'a', 'not json', 'x', 'x')").run()).toThrow();
  });

  it('keeps slugs unique', () => {
    insertDraft('a', 'storm', 'Storm');
    expect(() => insertDraft('b', 'storm', 'Storm again')).toThrow(/UNIQUE/);
  });

  it('indexes live drafts for search through triggers, and drops them when trashed or deleted', () => {
    insertDraft('a', 'storm', 'Storm hits coast', 'Waves flooded the harbour');
    insertDraft('b', 'budget', 'Budget vote', 'Parliament met', '2026-01-02T00:00:00.000Z');
    expect(matches('harbour')).toHaveLength(1);
    expect(matches('weather')).toHaveLength(1);
    expect(matches('parliament')).toHaveLength(0);

    db.prepare("UPDATE drafts SET body_text = 'Rain all night' WHERE id = 'a'").run();
    expect(matches('harbour')).toHaveLength(0);
    expect(matches('rain')).toHaveLength(1);

    db.prepare("UPDATE drafts SET deleted_at = 'x' WHERE id = 'a'").run();
    db.prepare("UPDATE drafts SET deleted_at = NULL WHERE id = 'b'").run();
    expect(matches('rain')).toHaveLength(0);
    expect(matches('parliament')).toHaveLength(1);

    db.prepare("DELETE FROM drafts WHERE id = 'b'").run();
    expect(matches('parliament')).toHaveLength(0);
    expect(() => integrityCheck()).not.toThrow();
  });

  it('deletes a draft\'s revisions and status history with it', () => {
    insertDraft('a', 'storm', 'Storm');
    db.prepare("INSERT INTO draft_status_changes (draft_id, status, changed_at) VALUES ('a', 'draft', 'x')").run();
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, version, word_count, headline, fields, body) VALUES ('a', 'x', 'manual', 1, 0, 'Storm', '{}', '{}')").run();
    db.prepare("DELETE FROM drafts WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM draft_status_changes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('refuses a revision or status change for a draft that does not exist', () => {
    expect(() => db.prepare("INSERT INTO draft_status_changes (draft_id, status, changed_at) VALUES ('ghost', 'draft', 'x')").run()).toThrow(/FOREIGN KEY/);
  });
});
