import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/contract/result';
import { DeskPerson } from '../../shared/contract/sync';
import { statement } from '../db/statement';

/** Turns a token into bytes only this user can read back (Electron's safeStorage) and back again. */
export type SecretBox = { encrypt: (text: string) => Buffer; decrypt: (sealed: Buffer) => string };

/**
 * Where the desk syncs, and who with; the token is the only secret. `person` is who the server last
 * said the token belongs to: a laptop that starts offline still knows its role (a viewer stays
 * read-only) and whose name goes on its revisions.
 */
export type SyncConfig = { serverUrl: string; token: string; person?: DeskPerson | null };

const Stored = z.object({ serverUrl: z.string(), sealedToken: z.string(), person: DeskPerson.nullable().optional() });
const KEY = 'sync.server';
const selectValue = statement<[string], string>('SELECT value FROM desk_state WHERE key = ?');
const upsertValue = statement<[string, string]>('INSERT INTO desk_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
const deleteValue = statement<[string]>('DELETE FROM desk_state WHERE key = ?');

/** Checks a server address: ws:// or wss:// (or http(s), taken as the same server), with a host. */
export function checkServerUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new AppError('invalid_input', 'The server address must look like wss://desk.example.org or ws://127.0.0.1:1234.');
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new AppError('invalid_input', 'The server address must start with wss:// or ws://.');
  if (url.username !== '' || url.password !== '') throw new AppError('invalid_input', 'Put the access token in its own box, not in the server address.');
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

/** Saves where to sync, sealing the token with the host's secret box. */
export function saveSyncConfig(db: Database, box: SecretBox, config: SyncConfig): void {
  const sealedToken = box.encrypt(config.token).toString('base64');
  upsertValue(db).run(KEY, JSON.stringify({ serverUrl: config.serverUrl, sealedToken, person: config.person ?? null }));
}

/** Remembers who the server named for the saved token; nothing when no server is saved. */
export function saveSyncPerson(db: Database, person: DeskPerson): void {
  const text = selectValue(db).pluck().get(KEY);
  if (text === undefined) return;
  const stored = Stored.safeParse(JSON.parse(text));
  if (stored.success) upsertValue(db).run(KEY, JSON.stringify({ ...stored.data, person }));
}

/** The saved server and token, or null when none is set (or the token can no longer be unsealed). */
export function loadSyncConfig(db: Database, box: SecretBox): SyncConfig | null {
  const text = selectValue(db).pluck().get(KEY);
  if (text === undefined) return null;
  try {
    const stored = Stored.parse(JSON.parse(text));
    return { serverUrl: stored.serverUrl, token: box.decrypt(Buffer.from(stored.sealedToken, 'base64')), person: stored.person ?? null };
  } catch {
    return null;
  }
}

/** Forgets the server and token (Disconnect). */
export function clearSyncConfig(db: Database): void {
  deleteValue(db).run(KEY);
}

/** A secret box that keeps the text as it is: for the CLI and tests, where the OS keychain is not at hand. */
export const plainSecretBox: SecretBox = {
  encrypt: (text) => Buffer.from(text, 'utf8'),
  decrypt: (sealed) => sealed.toString('utf8'),
};
