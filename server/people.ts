import { createHash, randomBytes } from 'node:crypto';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DeskRole } from '../electron/shared/sync/deskProtocol';

/** A person who may sync with this server. */
export type Person = { name: string; role: DeskRole; createdAt: string; revokedAt: string | null };

type PersonRow = { name: string; role: string; created_at: string; revoked_at: string | null };

const schema = `
CREATE TABLE IF NOT EXISTS people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'viewer')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;
CREATE UNIQUE INDEX IF NOT EXISTS people_active_name ON people (lower(name)) WHERE revoked_at IS NULL;
`;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toPerson(row: PersonRow): Person {
  return { name: row.name, role: DeskRole.catch('viewer').parse(row.role), createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** Opens (creating if needed) the people file of a server's data folder. */
export function openPeople(file: string): Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  return db;
}

/** Adds a person and returns their new access token; only its hash is stored. */
export function addPerson(db: Database, name: string, role: DeskRole, now: Date): string {
  const clean = name.trim();
  if (clean === '' || clean.length > 200) throw new Error('A person needs a name of 1 to 200 characters.');
  const token = `nd_${randomBytes(24).toString('base64url')}`;
  try {
    db.prepare('INSERT INTO people (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)').run(clean, role, hashToken(token), now.toISOString());
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message)) throw new Error(`"${clean}" already has an access token; revoke it first to issue a new one.`);
    throw error;
  }
  return token;
}

/** Everyone who has had a token, oldest first. */
export function listPeople(db: Database): Person[] {
  return db.prepare<[], PersonRow>('SELECT name, role, created_at, revoked_at FROM people ORDER BY id').all().map(toPerson);
}

/** Revokes a person's token (their next connection is refused); returns whether they had one. */
export function revokePerson(db: Database, name: string, now: Date): boolean {
  const result = db.prepare('UPDATE people SET revoked_at = ? WHERE lower(name) = lower(?) AND revoked_at IS NULL').run(now.toISOString(), name.trim());
  return result.changes > 0;
}

/** The person a token belongs to, or null when it is unknown or revoked. */
export function personOfToken(db: Database, token: string): Person | null {
  if (token === '' || token.length > 500) return null;
  const row = db
    .prepare<[string], PersonRow>('SELECT name, role, created_at, revoked_at FROM people WHERE token_hash = ? AND revoked_at IS NULL')
    .get(hashToken(token));
  return row === undefined ? null : toPerson(row);
}
