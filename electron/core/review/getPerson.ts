import type { Database } from 'better-sqlite3';
import { PersonName } from '../../shared/model/review';
import { statement } from '../db/statement';

/** The key the laptop's person (Settings > Your name) is stored under in the `settings` table. */
export const PERSON_SETTINGS_KEY = 'person';

const selectValue = statement<[string], string>('SELECT value FROM settings WHERE key = ?');

/**
 * Who this laptop acts as in reviews and the workflow: the name given in Settings > Your name, or
 * null until one was given. A stored value that is not a name reads as none.
 */
export function getPerson(db: Database): string | null {
  const text = selectValue(db).pluck().get(PERSON_SETTINGS_KEY);
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    const name: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'name') : null;
    const parsed = PersonName.safeParse(name);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
