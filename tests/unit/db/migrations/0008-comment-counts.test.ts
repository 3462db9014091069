import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';

let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 7));
  db.prepare("INSERT INTO drafts (id, slug, headline, body, created_at, updated_at) VALUES ('a', 'a', 'Flood', '{\"type\":\"doc\"}', 'x', 'x')").run();
});
afterEach(() => db.close());

describe('migration 0008: open comment counts', () => {
  it('keeps the drafts, counts none open, and forgets a count with its draft', () => {
    migrate(db);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Flood']);
    expect(db.prepare('SELECT COUNT(*) FROM comment_counts').pluck().get()).toBe(0);
    db.prepare("INSERT INTO comment_counts (draft_id, open_threads) VALUES ('a', 2)").run();
    expect(() => db.prepare("INSERT INTO comment_counts (draft_id, open_threads) VALUES ('missing', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE comment_counts SET open_threads = -1 WHERE draft_id = 'a'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM drafts WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) FROM comment_counts').pluck().get()).toBe(0);
  });
});
