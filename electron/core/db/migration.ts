import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. `version` is the `PRAGMA user_version` the database has once `up` ran;
 * steps are append-only: never edit one that has shipped, add the next number instead.
 */
export type Migration = {
  version: number;
  name: string;
  up: (db: Database) => void;
};
