import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type ChannelName } from '../../electron/shared/contract/index';
import { temporaryFolder } from './support/testEngine';

/** The --json output of a command, checked against the shape of the channel it reports. */
function jsonAs<C extends ChannelName>(channel: C, stdout: string): z.output<(typeof contract)[C]['output']> {
  return contract[channel].output.parse(JSON.parse(stdout)) as z.output<(typeof contract)[C]['output']>;
}

const bin = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));

type Run = { code: number | null; stdout: string; stderr: string };

let folder: string;
let remove: () => void;
let db: string;
beforeEach(() => {
  ({ folder, remove } = temporaryFolder('newsdesk-cli-'));
  db = path.join(folder, 'a.sqlite');
});
afterEach(() => remove());

function newsdesk(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', HOME: folder, XDG_CONFIG_HOME: path.join(folder, 'config'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneLineError(run: Run, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

// Each run starts Node and loads the engine; on a shared, busy machine that can take seconds.
describe('newsdesk CLI', { timeout: 180_000 }, () => {
  it('creates a draft that list --json and search --json then show', async () => {
    const created = await newsdesk(['new', '--headline', 'Storm hits coast', '--author', 'Ana Ruiz', '--tags', 'weather, coast', '--db', db]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^Created draft storm-hits-coast \(id [0-9a-f-]{36}\)\n$/);

    const listed = await newsdesk(['list', '--json', '--db', db]);
    expect(listed.code).toBe(0);
    const page = jsonAs('drafts:list', listed.stdout);
    expect(page).toMatchObject({ total: 1, items: [{ headline: 'Storm hits coast', slug: 'storm-hits-coast', status: 'draft', authorName: 'Ana Ruiz', version: 1 }] });

    const found = await newsdesk(['search', 'storm', '--json', '--db', db]);
    expect(found.code).toBe(0);
    const hits = jsonAs('drafts:search', found.stdout);
    expect(hits.items).toHaveLength(1);
    expect(hits.items[0]).toMatchObject({ id: page.items[0]?.id, headline: 'Storm hits coast' });
    expect(hits.items[0]?.snippet).toContain('\uE000Storm\uE001');
  });

  it('shows a draft by slug or id, as text or JSON, and says when none matches', async () => {
    await newsdesk(['new', '--headline', 'Budget vote delayed', '--section', 'Politics', '--db', db]);
    const text = await newsdesk(['show', 'budget-vote-delayed', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Budget vote delayed\n/);
    expect(text.stdout).toMatch(/section\s+Politics/);

    const json = jsonAs('drafts:get', (await newsdesk(['show', 'budget-vote-delayed', '--json', '--db', db])).stdout);
    const byId = jsonAs('drafts:get', (await newsdesk(['show', json.id, '--json', '--db', db])).stdout);
    expect(byId).toEqual(json);
    expect(json.body).toMatchObject({ type: 'doc' });

    expectOneLineError(await newsdesk(['show', 'no-such-draft', '--db', db]), 1, /no draft has the id or slug "no-such-draft"/);
  });

  it('moves a deleted draft to the trash, where list --trashed finds it', async () => {
    await newsdesk(['new', '--headline', 'Storm hits coast', '--db', db]);
    const deleted = await newsdesk(['delete', 'storm-hits-coast', '--db', db]);
    expect(deleted).toMatchObject({ code: 0, stdout: 'Moved to the trash: Storm hits coast (storm-hits-coast)\n' });
    expect(jsonAs('drafts:list', (await newsdesk(['list', '--json', '--db', db])).stdout).total).toBe(0);
    expect(jsonAs('drafts:list', (await newsdesk(['list', '--trashed', '--json', '--db', db])).stdout).total).toBe(1);
  });

  it('reports a garbage --db file in one plain line, keeps its bytes and works on a fresh store', async () => {
    const garbage = Buffer.from('this is not a database at all, just some bytes someone saved here by mistake\n'.repeat(50));
    writeFileSync(db, garbage);
    const run = await newsdesk(['list', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No drafts.\n');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const movedName = readdirSync(folder).find((name) => name.startsWith('a.sqlite.corrupt-'));
    expect(movedName).toBeDefined();
    const movedTo = path.join(folder, movedName ?? '');
    expect(lines[0]).toContain(movedTo);
    expect(lines[0]).toMatch(/could not read its database .* \(the file is not a database\)\. Nothing was deleted/);
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
  });

  it('uses NEWSDESK_DB when there is no --db, and --db over it', async () => {
    const other = path.join(folder, 'other.sqlite');
    await newsdesk(['new', '--headline', 'From the environment'], { NEWSDESK_DB: db });
    await newsdesk(['new', '--headline', 'From the flag', '--db', other], { NEWSDESK_DB: db });
    const fromEnv = jsonAs('drafts:list', (await newsdesk(['list', '--json'], { NEWSDESK_DB: db })).stdout);
    expect(fromEnv.items.map((item) => item.headline)).toEqual(['From the environment']);
  });

  it('refuses bad arguments in one line with exit code 2', async () => {
    expectOneLineError(await newsdesk(['list', '--bogus', '--db', db]), 2, /^newsdesk list: Unknown option '--bogus'/);
    expectOneLineError(await newsdesk(['new', '--db', db]), 2, /needs a headline/);
    expectOneLineError(await newsdesk(['list', '--limit', 'many', '--db', db]), 2, /--limit must be a whole number/);
    expectOneLineError(await newsdesk(['list', '--status', 'lost', '--db', db]), 2, /--status must be one of/);
    expectOneLineError(await newsdesk(['frobnicate']), 2, /unknown command "frobnicate"/);
    expectOneLineError(await newsdesk(['new', '--headline', 'x'.repeat(600), '--db', db]), 2, /headline/);
  });

  it('refuses a database from a newer Newsdesk with exit code 3, leaving it as it was', async () => {
    await newsdesk(['new', '--headline', 'Storm', '--db', db]);
    const raw = new BetterSqlite3(db);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(db);
    expectOneLineError(await newsdesk(['list', '--db', db]), 3, /newer version of Newsdesk/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('prints help for all commands and for one', async () => {
    const general = await newsdesk(['--help']);
    expect(general.code).toBe(0);
    for (const name of ['new', 'list', 'show', 'search', 'delete']) expect(general.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    const one = await newsdesk(['list', '--help']);
    expect(one).toMatchObject({ code: 0 });
    expect(one.stdout).toMatch(/^Usage: newsdesk list/);
  });
});

describe('bin/newsdesk.js', { timeout: 180_000 }, () => {
  it('runs the prebuilt bundle while it is current, the sources once one is newer or the bundle is gone', async () => {
    const bundle = path.join(folder, 'bundle');
    mkdirSync(bundle);
    writeFileSync(path.join(bundle, 'newsdesk.cjs'), "exports.main = async (argv) => { process.stdout.write('from the bundle: ' + argv.join(' ')); return 4; };\n");
    writeFileSync(path.join(bundle, 'inputs.json'), JSON.stringify({ inputs: ['electron/core/cli/main.ts'] }));
    const env = { NEWSDESK_CLI_BUNDLE: bundle };

    expect(await newsdesk(['list', '--json'], env)).toEqual({ code: 4, stdout: 'from the bundle: list --json', stderr: '' });
    expect(existsSync(path.join(bundle, 'newsdesk.cache'))).toBe(true);

    const sourceTime = statSync(fileURLToPath(new URL('../../electron/core/cli/main.ts', import.meta.url))).mtime;
    utimesSync(path.join(bundle, 'newsdesk.cjs'), new Date(sourceTime.getTime() - 60_000), new Date(sourceTime.getTime() - 60_000));
    const stale = await newsdesk(['--help'], env);
    expect(stale).toMatchObject({ code: 0, stderr: '' });
    expect(stale.stdout).toMatch(/^newsdesk: the Newsdesk drafts store from the command line\n/);

    rmSync(path.join(bundle, 'newsdesk.cjs'));
    expect((await newsdesk(['--help'], env)).stdout).toMatch(/^newsdesk: the Newsdesk drafts store/);
  });
});
