import type { Database } from 'better-sqlite3';
import type { Host } from './host';

/** What every handler gets: the open database, where it lives, the host (dialogs, browser) and the clock. */
export type EngineContext = {
  db: Database;
  dbPath: string;
  host: Host;
  now: () => Date;
};
