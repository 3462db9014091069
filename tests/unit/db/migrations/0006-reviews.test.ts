import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';

let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 5));
  db.prepare(`INSERT INTO drafts (id, slug, body, created_at, updated_at) VALUES ('d1', 'one', '{"type":"doc"}', 't', 't')`).run();
  db.prepare(`INSERT INTO draft_status_changes (draft_id, status, changed_at) VALUES ('d1', 'draft', 't')`).run();
  db.prepare(`INSERT INTO revisions (draft_id, created_at, reason, version, word_count, headline, fields, body) VALUES ('d1', 't', 'manual', 1, 0, '', '{}', '{"type":"doc"}')`).run();
  migrate(db, migrations.slice(0, 6));
});
afterEach(() => db.close());

describe('migration 0006: reviews', () => {
  it('adds STRICT reviews and assignments tables and keeps the status history it had', () => {
    expect(schemaVersion(db)).toBe(6);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('reviews', 'draft_assignments') ORDER BY name").all();
    expect(tables).toEqual([
      { name: 'draft_assignments', strict: 1 },
      { name: 'reviews', strict: 1 },
    ]);
    expect(db.prepare('SELECT status, person, note FROM draft_status_changes').all()).toEqual([{ status: 'draft', person: null, note: null }]);
  });

  it('keeps one review per draft and person, and forgets them with the draft', () => {
    const insert = db.prepare("INSERT INTO reviews (draft_id, person, revision_id, reviewed_at) VALUES ('d1', ?, 1, 't')");
    insert.run('Ann');
    expect(() => insert.run('Ann')).toThrow(/UNIQUE/);
    expect(() => insert.run('')).toThrow(/CHECK/);
    db.prepare("INSERT INTO draft_assignments (draft_id, person, assigned_at) VALUES ('d1', 'Ann', 't')").run();
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM draft_assignments').pluck().get()).toBe(0);
  });
});
