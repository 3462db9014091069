import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../../electron/core/db/migration';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations/index';
import { AppError } from '../../../electron/shared/contract/result';

let db: Database;
beforeEach(() => {
  db = new BetterSqlite3(':memory:');
});
afterEach(() => db.close());

const tableNames = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrate', () => {
  it('numbers the migrations 1, 2, 3... with no gap', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('brings an empty database to the latest version', () => {
    expect(migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it('brings a database at every earlier version to the latest one', () => {
    for (let version = 0; version < migrations.length; version += 1) {
      const partial = new BetterSqlite3(':memory:');
      migrate(partial, migrations.slice(0, version));
      expect(migrate(partial)).toEqual({ from: version, to: migrations.length });
      partial.close();
    }
  });

  it('does nothing the second time', () => {
    migrate(db);
    const before = tableNames();
    expect(migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
    expect(tableNames()).toEqual(before);
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'half-done',
      up(target) {
        target.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, [...migrations, failing])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(tableNames()).not.toContain('half_done');
  });

  it('refuses a database made by a newer Newsdesk and changes nothing', () => {
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db)).toThrow(AppError);
    expect(() => migrate(db)).toThrow(/newer version of Newsdesk/);
    expect(tableNames()).toEqual([]);
  });

  it('refuses a migration list with a gap', () => {
    const skipping: Migration = { version: migrations.length + 2, name: 'skips', up() {} };
    expect(() => migrate(db, [...migrations, skipping])).toThrow(/expected/);
  });
});
