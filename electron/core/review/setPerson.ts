import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';
import { PERSON_SETTINGS_KEY } from './getPerson';

const upsertValue = statement<[string, string]>(
  'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
);

/** Stores who this laptop acts as (a name already checked by PersonName) and returns it. */
export function setPerson(db: Database, name: string): string {
  upsertValue(db).run(PERSON_SETTINGS_KEY, JSON.stringify({ name }));
  return name;
}
