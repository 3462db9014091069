import type { Database } from 'better-sqlite3';
import { contract, type ChannelInput, type ChannelName, type ChannelOutput } from '../shared/contract/index';
import { dispatch, type Handlers } from '../shared/contract/dispatch';
import { deskChangingChannels, viewerRefusalMessage } from '../shared/contract/deskAccess';
import type { Result } from '../shared/contract/result';
import { openDatabase } from './db/openDatabase';
import type { Recovery } from './db/recoverDatabase';
import { runBackupIfDue } from './db/runBackupIfDue';
import type { EngineContext } from './engineContext';
import { handlers } from './handlers/index';
import { headlessHost, type Host } from './host';
import { storageErrorOf } from './db/storageErrorOf';
import { preloadPublishing } from './publishing/loadPublishing';
import { draftDesk } from './sync/deskDrafts';
import { plainSecretBox } from './sync/syncConfig';
import { createSyncControl } from './sync/syncControl';
import { createLiveDrafts } from './sync/liveDrafts';

/** How often the app checks whether today's backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Where the engine's database is and what hosts it. */
export type CreateEngineOptions = {
  /** The database file (created if missing), or ':memory:'. */
  dbPath: string;
  /** A better_sqlite3.node built for the running ABI (the Electron app's own build). */
  nativeBinding?: string;
  /** Dialogs and the system browser; the CLI and tests use a headless host. */
  host?: Host;
  /** The clock (tests inject one). */
  now?: () => Date;
  /** Make today's backup now and check again every hour (the app turns this on). */
  autoBackup?: boolean;
  /** Load export and import in the background now rather than on first use (the app and the harness do). */
  preloadPublishing?: boolean;
  /** Sync with the saved newsroom server from the start (the app and the harness do; the CLI does not). */
  sync?: boolean;
  /** Told of unexpected errors inside handlers and backups, for the log; users see a plain message. */
  onInternalError?: (error: unknown, where: string) => void;
};

/** The drafts engine: an open database and a handler for every channel of the contract. */
export type Engine = {
  db: Database;
  dbPath: string;
  handlers: Handlers<EngineContext>;
  context: EngineContext;
  /** Set when the database file was damaged and moved aside: show `recovered.message` to the user. */
  recovered: Recovery | null;
  /** Calls a channel with the engine's context, typed from the contract; the output is checked against its schema. */
  call: <C extends ChannelName>(name: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  /** Calls a channel by a name and input nobody has checked (an IPC message); never throws. */
  dispatch: (name: unknown, input: unknown) => Promise<Result<unknown>>;
  /** Makes today's backup in `backups/` beside the database if there is none yet; keeps the last 7. */
  runBackupIfDue: () => Promise<string | null>;
  /** Stops backups and closes the database. */
  close: () => void;
};

type Dispatcher = (name: unknown, input: unknown) => Promise<Result<unknown>>;

function checkedCall(dispatchUnchecked: Dispatcher, report: (error: unknown, where: string) => void): Engine['call'] {
  // The overload gives callers the contract's types; the schema check below is what makes them true.
  function call<C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  async function call(name: ChannelName, input: unknown): Promise<Result<unknown>> {
    const result = await dispatchUnchecked(name, input);
    if (!result.ok) return result;
    const output = contract[name].output.safeParse(result.value);
    if (output.success) return { ok: true, value: output.data };
    report(output.error, name);
    return { ok: false, error: { code: 'internal', message: 'Newsdesk gave an answer it could not check. Your work is kept; please try again.' } };
  }
  return call;
}

/**
 * Opens the database at `dbPath` (recovering from a damaged file, see openDatabase) and wires
 * every channel's handler to it. Electron, the CLI, the browser harness and tests all use this.
 */
export function createEngine(options: CreateEngineOptions): Engine {
  const now = options.now ?? (() => new Date());
  const report = options.onInternalError ?? (() => {});
  const { db, recovered } = openDatabase({ path: options.dbPath, nativeBinding: options.nativeBinding, now });
  const desk = draftDesk(db);
  desk.now = now;
  desk.report = report;
  const host = options.host ?? headlessHost;
  const sync = createSyncControl(db, host.secrets ?? plainSecretBox);
  const live = createLiveDrafts(desk, sync);
  if (options.sync) sync.resume();
  const context: EngineContext = { db, dbPath: options.dbPath, recovered, host, now, sync, live };
  const backup = () => runBackupIfDue(db, options.dbPath, now());
  const backupQuietly = () => backup().catch((error: unknown) => report(error, 'backup'));
  let timer: ReturnType<typeof setInterval> | null = null;
  if (options.preloadPublishing) preloadPublishing();
  if (options.autoBackup) {
    void backupQuietly();
    timer = setInterval(() => void backupQuietly(), BACKUP_CHECK_INTERVAL_MS);
    timer.unref();
  }
  const dispatchUnchecked = (name: unknown, input: unknown): Promise<Result<unknown>> => {
    // One guard for every change a viewer might ask for (a page, an IPC message, the CLI), not one per handler.
    if (desk.role() === 'viewer' && (deskChangingChannels as ReadonlySet<unknown>).has(name)) {
      return Promise.resolve({ ok: false, error: { code: 'forbidden', message: viewerRefusalMessage } });
    }
    return dispatch(handlers, name, input, context, report, storageErrorOf);
  };
  return {
    db,
    dbPath: options.dbPath,
    handlers,
    context,
    recovered,
    dispatch: dispatchUnchecked,
    call: checkedCall(dispatchUnchecked, report),
    runBackupIfDue: backup,
    close() {
      if (timer !== null) clearInterval(timer);
      live.stop();
      sync.stop();
      for (const doc of desk.docs.values()) doc.destroy();
      desk.docs.clear();
      if (db.open) db.close();
    },
  };
}
