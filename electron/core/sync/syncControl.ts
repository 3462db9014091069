import type { Database } from 'better-sqlite3';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { draftDesk } from './deskDrafts';
import { startDeskSync, type DeskSync } from './deskSync';
import { checkServerUrl, clearSyncConfig, loadSyncConfig, saveSyncConfig, saveSyncPerson, type SecretBox, type SyncConfig } from './syncConfig';
import { syncWords, type SyncStatus } from './syncStatus';

/** The engine's sync switch: connect to a server with a token, disconnect, and tell who listens where it stands. */
export type SyncControl = {
  status: () => SyncStatus;
  /** Saves the server and token (sealed) and starts syncing; never waits for the server. */
  connect: (input: { serverUrl: string; token: string }) => SyncStatus;
  /** Stops syncing and forgets the token; the laptop keeps every draft. */
  disconnect: () => SyncStatus;
  /** Starts syncing with the saved server, if there is one. */
  resume: () => void;
  onStatus: (listener: (status: SyncStatus) => void) => () => void;
  providerOf: (name: string) => HocuspocusProvider | null;
  /** Stops syncing and keeps the saved server (the app closing). */
  stop: () => void;
};

const localStatus: SyncStatus = { state: 'local', words: syncWords.local, serverUrl: null, person: null };

/** The sync switch of an engine's database; the secret box seals the token at rest. */
export function createSyncControl(db: Database, box: SecretBox): SyncControl {
  const desk = draftDesk(db);
  const listeners = new Set<(status: SyncStatus) => void>();
  let running: DeskSync | null = null;
  let remembered = '';
  const tell = (status: SyncStatus) => {
    // The server named the token's person (or named them anew): remembered for the next start offline.
    const person = status.person === null ? '' : JSON.stringify(status.person);
    if (status.state !== 'local' && person !== '' && person !== remembered) {
      remembered = person;
      if (status.person !== null) saveSyncPerson(db, status.person);
    }
    for (const listener of listeners) listener(status);
  };
  const stop = () => {
    running?.stop();
    running = null;
  };
  const start = (config: SyncConfig) => {
    stop();
    remembered = config.person ? JSON.stringify(config.person) : '';
    running = startDeskSync(desk, config, tell);
  };
  return {
    status: () => running?.status() ?? localStatus,
    connect(input) {
      const serverUrl = checkServerUrl(input.serverUrl);
      const token = input.token.trim();
      // A new token: who it belongs to is for the server to say.
      saveSyncConfig(db, box, { serverUrl, token });
      start({ serverUrl, token });
      return running?.status() ?? localStatus;
    },
    disconnect() {
      stop();
      clearSyncConfig(db);
      desk.person = () => null;
      desk.role = () => null;
      tell(localStatus);
      return localStatus;
    },
    resume() {
      const saved = loadSyncConfig(db, box);
      if (saved !== null) start(saved);
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    providerOf: (name) => running?.providerOf(name) ?? null,
    stop,
  };
}
