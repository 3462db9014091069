import { createEngine, type Engine } from '../engine';
import { resolveDbPath } from '../db/resolveDbPath';
import type { CliIo } from './cliCommand';

/**
 * Opens the engine on --db, else NEWSDESK_DB, else the app's database. When the file was damaged
 * and moved aside, prints the same plain message the app shows, on stderr, and carries on with
 * the fresh store (or backup).
 */
export function openCliEngine(dbFlag: string | undefined, io: CliIo): Engine {
  const engine = createEngine({ dbPath: resolveDbPath(dbFlag, io.env) });
  if (engine.recovered !== null) io.stderr(`${engine.recovered.message}\n`);
  return engine;
}

/** An engine opened on first use, so `--help` and bad arguments never touch the database. */
export type LazyEngine = { get: () => Engine; close: () => void };

/** Opens the CLI's engine when a command first asks for it; `close` closes it if it was opened. */
export function lazyCliEngine(dbFlag: string | undefined, io: CliIo): LazyEngine {
  let engine: Engine | null = null;
  return {
    get: () => (engine ??= openCliEngine(dbFlag, io)),
    close: () => engine?.close(),
  };
}
