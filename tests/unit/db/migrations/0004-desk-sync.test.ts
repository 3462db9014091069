import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';

let db: Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, migrations.slice(0, 3));
  db.prepare(
    `INSERT INTO drafts (id, slug, headline, body, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'storm', 'Storm', '{"type":"doc"}', 't', 't')`,
  ).run();
  const insert = db.prepare(
    `INSERT INTO revisions (draft_id, created_at, reason, version, word_count, headline, fields, body) VALUES ('00000000-0000-4000-8000-000000000001', 't', 'auto', 1, 0, 'Storm', '{}', '{"type":"doc"}')`,
  );
  insert.run();
  insert.run();
});
afterEach(() => db.close());

describe('migration 0004: desk sync', () => {
  it('adds the Yjs update log and gives every earlier revision its own shared id', () => {
    migrate(db, migrations.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    db.prepare("INSERT INTO doc_updates (doc, data) VALUES ('draft/x', ?)").run(Buffer.from([1, 2, 3]));
    expect(db.prepare('SELECT data FROM doc_updates').pluck().get()).toEqual(Buffer.from([1, 2, 3]));
    const uids = db.prepare('SELECT uid FROM revisions').pluck().all();
    expect(new Set(uids).size).toBe(2);
    expect(db.prepare('SELECT author FROM revisions').pluck().all()).toEqual([null, null]);
  });

  it('refuses two revisions with the same shared id', () => {
    migrate(db);
    expect(() => db.prepare("UPDATE revisions SET uid = 'same'").run()).toThrow(/UNIQUE/);
  });
});
