import type { Database } from 'better-sqlite3';
import type { Recovery } from './db/recoverDatabase';
import type { Host } from './host';
import type { LiveDrafts } from './sync/liveDrafts';
import type { SyncControl } from './sync/syncControl';

/**
 * What every handler gets: the open database, where it lives, what was done if its file was damaged,
 * the host (dialogs, browser, file manager) and the clock.
 */
export type EngineContext = {
  db: Database;
  dbPath: string;
  recovered: Recovery | null;
  host: Host;
  now: () => Date;
  /** Sync with the newsroom server (off until connected). */
  sync: SyncControl;
  /** The open page's live document of its draft. */
  live: LiveDrafts;
};
