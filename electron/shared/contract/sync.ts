import { z } from 'zod';
import { DeskRole } from '../sync/deskProtocol';
import { channel } from './channel';

/** Who the server says a token belongs to, and their role on the desk. */
export const DeskPerson = z.object({ name: z.string(), role: DeskRole });
export type DeskPerson = z.infer<typeof DeskPerson>;

/** Where the desk's work stands: on this laptop only, offline, syncing, synced, or refused by the server. */
export const SyncStatus = z.object({
  state: z.enum(['local', 'offline', 'syncing', 'synced', 'refused']),
  /** The status bar's words ("Synced with the newsroom", "The server refused this access token"…). */
  words: z.string(),
  serverUrl: z.string().nullable(),
  /** Who the server says this laptop's token belongs to (remembered from the last connection while offline). */
  person: DeskPerson.nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Channels of the newsroom desk: where sync stands, connect with a token, disconnect. */
export const syncChannels = {
  'sync:status': channel(z.object({}).strict(), SyncStatus, 'Where sync with the newsroom server stands.'),
  'sync:connect': channel(
    z.object({ serverUrl: z.string().min(1).max(500), token: z.string().min(1).max(500) }).strict(),
    SyncStatus,
    'Saves the server address and access token (kept by the main process) and starts syncing every draft.',
  ),
  'sync:disconnect': channel(z.object({}).strict(), SyncStatus, 'Stops syncing and forgets the token; every draft stays on this laptop.'),
} as const;
