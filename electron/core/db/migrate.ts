import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations/index';

/** What `migrate` did: the schema version before and after. */
export type MigrationOutcome = { from: number; to: number };

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}

/** The schema version stored in the database header. */
export function schemaVersion(db: Database): number {
  const version = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

/**
 * Brings the schema up to date: applies each pending migration in its own transaction, together
 * with the `PRAGMA user_version` that records it, so a failed step leaves the previous version intact.
 * Refuses a database made by a newer Newsdesk rather than guess at its schema.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): MigrationOutcome {
  checkSequence(migrations);
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new AppError(
      'storage',
      `This database was made by a newer version of Newsdesk (schema ${from}; this version knows up to ${migrations.length}). Update Newsdesk to open it; nothing was changed.`,
    );
  }
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}
