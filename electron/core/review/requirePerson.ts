import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { getPerson } from './getPerson';

/** The laptop's person, or AppError('invalid_input') asking for a name first. */
export function requirePerson(db: Database): string {
  const person = getPerson(db);
  if (person === null) throw new AppError('invalid_input', 'Newsdesk needs your name first: set it in Settings under “Your name”.');
  return person;
}
