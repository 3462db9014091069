import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations/index';

let db: Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 5));
});
afterEach(() => db.close());

const id = `sha256-${'a1'.repeat(32)}`;
const insertImage = (imageId = id) =>
  db.prepare("INSERT INTO images (id, format, width, height, source_bytes, created_at) VALUES (?, 'jpeg', 2000, 1200, 12345, '2026-01-01T00:00:00.000Z')").run(imageId);

describe('migration 0005: images', () => {
  it('takes the database to schema version 5 with STRICT picture tables and a lead image on drafts', () => {
    expect(schemaVersion(db)).toBe(5);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('images', 'image_files')").all();
    expect(tables).toEqual(expect.arrayContaining([{ name: 'images', strict: 1 }, { name: 'image_files', strict: 1 }]));
    expect(db.prepare("SELECT name FROM pragma_table_info('drafts') WHERE name = 'lead_image'").pluck().get()).toBe('lead_image');
  });

  it('keeps one row per picture id and one copy per width, and drops the copies with their picture', () => {
    insertImage();
    expect(() => insertImage()).toThrow(/UNIQUE/);
    const addCopy = (width: number) => db.prepare("INSERT INTO image_files (image_id, width, height, format, bytes) VALUES (?, ?, 1, 'jpeg', x'ffd8')").run(id, width);
    addCopy(640);
    expect(() => addCopy(640)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM images WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM image_files').pluck().get()).toBe(0);
  });

  it('refuses ids that are not a SHA-256, unknown formats and a lead image that is not an object', () => {
    expect(() => insertImage('sha256-short')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO images (id, format, width, height, source_bytes, created_at) VALUES (?, 'svg', 1, 1, 1, 'x')").run(id)).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO drafts (id, slug, body, created_at, updated_at, lead_image) VALUES ('d', 'd', '{"type":"doc"}', 'x', 'x', '"/etc/passwd"')`).run(),
    ).toThrow(/CHECK/);
  });
});
