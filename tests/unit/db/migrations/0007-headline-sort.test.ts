import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';

let db: Database;

beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  migrate(db, migrations.slice(0, 6));
});
afterEach(() => db.close());

const insert = (id: string, headline: string) =>
  db
    .prepare("INSERT INTO drafts (id, slug, headline, body, created_at, updated_at) VALUES (?, ?, ?, '{\"type\":\"doc\"}', 'x', 'x')")
    .run(id, id, headline);

describe('migration 0007: headline sort key', () => {
  it('fills the key for drafts already stored, so they sort naturally at once', () => {
    insert('a', 'Flood (116)');
    insert('b', 'Flood (26)');
    insert('c', 'apple');
    migrate(db, migrations.slice(0, 7));
    expect(schemaVersion(db)).toBe(7);
    const order = db.prepare('SELECT headline FROM drafts WHERE deleted_at IS NULL ORDER BY headline_sort, seq').pluck().all();
    expect(order).toEqual(['apple', 'Flood (26)', 'Flood (116)']);
  });

  it('reads the headline order from its index', () => {
    migrate(db);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM drafts WHERE deleted_at IS NULL ORDER BY headline_sort, seq LIMIT 10').all();
    expect(JSON.stringify(plan)).toMatch(/drafts_live_headline/);
    expect(JSON.stringify(plan)).not.toMatch(/TEMP B-TREE/);
  });
});
