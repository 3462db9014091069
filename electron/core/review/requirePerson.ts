import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { deskPerson } from '../sync/deskDrafts';
import { getPerson } from './getPerson';

/** Who is acting: the server's person for this token, else Your name, else null. */
export function actingPerson(db: Database): string | null {
  return deskPerson(db) ?? getPerson(db);
}

/**
 * Who is acting: with a newsroom server, the person behind the access token (as the server named
 * them); without one, Settings > Your name. AppError('invalid_input') asks for a name first.
 */
export function requirePerson(db: Database): string {
  const person = actingPerson(db);
  if (person === null) throw new AppError('invalid_input', 'Newsdesk needs your name first: set it in Settings under “Your name”.');
  return person;
}
