import { afterEach, beforeAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { addPerson, openPeople } from '../../../server/people';
import type { DeskRole } from '../../../electron/shared/sync/deskProtocol';
import { temporaryFolder } from './testEngine';

// By URL, not __dirname: the browser tests (ES modules) start servers with this too.
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A free TCP port on loopback (asked of the OS, then released for the server to take). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A desk server running as its own process (`npm run server`), so a test can SIGKILL it. */
export type ServerProcess = { url: string; port: number; child: ChildProcess; kill: (signal?: NodeJS.Signals) => Promise<void> };

/** Starts `server/main.ts` on a port with a data folder and extra flags; resolves once it listens. */
export async function startServerProcess(options: { dataDir: string; port: number; args?: string[] }): Promise<ServerProcess> {
  // One process (not the tsx wrapper, which forks): a SIGKILL must reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(options.port), '--data', options.dataDir, ...(options.args ?? [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}): ${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `ws://127.0.0.1:${options.port}`,
    port: options.port,
    child,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Issues a token for a person in a server's data folder (what `npm run server -- user add` does). */
export function issueToken(dataDir: string, name: string, role: DeskRole): string {
  const people = openPeople(path.join(dataDir, 'people.sqlite'));
  try {
    return addPerson(people, name, role, new Date());
  } finally {
    people.close();
  }
}

/** Waits until `check` returns a value other than undefined/false, polling; fails with `what` after `limitMs`. */
export async function eventually<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A laptop: an engine on its own database in a fresh folder, connected to the server at `url` with
 * `token`; closing it and removing its folder goes first in `cleanups`.
 */
export function connectedLaptop(url: string, token: string, cleanups: (() => void | Promise<void>)[]): Engine {
  const folder = temporaryFolder('newsdesk-laptop-');
  const engine = createEngine({ dbPath: `${folder.folder}/drafts.db` });
  cleanups.unshift(() => {
    engine.close();
    folder.remove();
  });
  engine.context.sync.connect({ serverUrl: url, token });
  return engine;
}

/** A server process shared by a test file's tests, with the cleanups each test leaves (run after each). */
export type SharedServer = { server: ServerProcess; dataDir: string; cleanups: (() => void | Promise<void>)[] };

/**
 * Starts one server process for the test file (before all its tests, stopped and its folder removed after
 * them) and runs each test's cleanups after it. Read `server` when used: a test may restart it.
 */
export function sharedServer(args: string[] = []): SharedServer {
  const shared = { dataDir: '', cleanups: [] } as unknown as SharedServer;
  beforeAll(async () => {
    const data = temporaryFolder('newsdesk-server-');
    shared.dataDir = data.folder;
    shared.server = await startServerProcess({ dataDir: data.folder, port: await freePort(), args });
    return async () => {
      await shared.server.kill();
      data.remove();
    };
  }, 90_000);
  afterEach(async () => {
    for (const cleanup of shared.cleanups.splice(0)) await cleanup();
  });
  return shared;
}
