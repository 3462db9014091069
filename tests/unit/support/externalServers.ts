import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './deskServerProcess';

/** A database or cache server the test started, or why it could not. */
export type External = { url: string; stop: () => Promise<void> } | { skip: string };

const postgresBin = '/usr/lib/postgresql/15/bin';

function asPostgresUser(command: string, args: string[]): void {
  // initdb refuses to run as root: run it, and the server, as the postgres user apt created.
  if (userInfo().uid === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

/** Starts a throwaway PostgreSQL 15 (Debian's apt package) in a temporary folder on a free port. */
export async function startPostgres(): Promise<External> {
  if (!existsSync(path.join(postgresBin, 'initdb'))) return { skip: `PostgreSQL is not installed (${postgresBin}/initdb is absent)` };
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-pg-'));
  if (userInfo().uid === 0) {
    const owner = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(folder, owner, group);
  }
  const port = await freePort();
  const data = path.join(folder, 'data');
  asPostgresUser(path.join(postgresBin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'newsdesk']);
  asPostgresUser(path.join(postgresBin, 'pg_ctl'), ['-D', data, '-w', '-l', path.join(folder, 'log'), '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`, 'start']);
  return {
    url: `postgres://newsdesk@127.0.0.1:${port}/postgres`,
    stop: () => {
      asPostgresUser(path.join(postgresBin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** Starts a throwaway redis-server on a free port with no persistence. */
export async function startRedis(): Promise<External> {
  if (!existsSync('/usr/bin/redis-server')) return { skip: 'redis-server is not installed (/usr/bin/redis-server is absent)' };
  const port = await freePort();
  const child = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
