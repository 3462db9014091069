import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { connectedLaptop, eventually, freePort, issueToken, startServerProcess, type ServerProcess } from '../support/deskServerProcess';
import { doc, temporaryFolder, valueOf } from '../support/testEngine';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function newsroom(): Promise<{ dataDir: string; port: number; start: () => Promise<ServerProcess> }> {
  const data = temporaryFolder('newsdesk-server-');
  const port = await freePort();
  let running: ServerProcess | null = null;
  cleanups.push(async () => {
    await running?.kill();
    data.remove();
  });
  return {
    dataDir: data.folder,
    port,
    start: async () => {
      running = await startServerProcess({ dataDir: data.folder, port });
      return running;
    },
  };
}

const laptop = (url: string, token: string): Engine => connectedLaptop(url, token, cleanups);

const texts = (body: { content?: unknown[] }) =>
  (body.content ?? []).map((node) => (JSON.stringify(node).match(/"text":"([^"]*)"/g) ?? []).map((m) => m.slice(8, -1)).join(''));

async function bodyOn(engine: Engine, id: string): Promise<string[] | undefined> {
  const result = await engine.call('drafts:get', { id });
  return result.ok ? texts(result.value.body) : undefined;
}

async function save(engine: Engine, id: string, paragraphs: string[]): Promise<void> {
  const current = valueOf(await engine.call('drafts:get', { id }));
  valueOf(await engine.call('drafts:save', { id, baseVersion: current.version, changes: { body: doc(...paragraphs) } }));
}

describe('desk sync through outages', () => {
  it('merges offline edits from two laptops when the server comes back, keeping every edit', async () => {
    const room = await newsroom();
    let server = await room.start();
    const ana = laptop(server.url, issueToken(room.dataDir, 'Ana', 'reporter'));
    const ben = laptop(server.url, issueToken(room.dataDir, 'Ben', 'editor'));
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Flood', body: doc('River rises.', 'Roads shut.') } }));
    await eventually('the draft on Ben', async () => (await bodyOn(ben, draft.id))?.length === 2);

    await server.kill('SIGKILL');
    await eventually('both offline', () => [ana, ben].every((engine) => engine.context.sync.status().words === 'Offline: changes are saved on this laptop'));
    await save(ana, draft.id, ['River rises fast.', 'Roads shut.', 'Ana: schools close.']);
    await save(ben, draft.id, ['Ben: live updates.', 'River rises.', 'Roads shut at noon.']);

    server = await room.start();
    const expected = ['Ben: live updates.', 'River rises fast.', 'Roads shut at noon.', 'Ana: schools close.'];
    for (const engine of [ana, ben]) {
      await eventually('the merged article', async () => JSON.stringify(await bodyOn(engine, draft.id)) === JSON.stringify(expected), 60_000);
    }
    await eventually('synced', () => ana.context.sync.status().words === 'Synced with the newsroom', 30_000);
  }, 120_000);

  it('loses nothing when the server is killed mid-sync and started again', async () => {
    const room = await newsroom();
    let server = await room.start();
    const ana = laptop(server.url, issueToken(room.dataDir, 'Ana', 'reporter'));
    const ben = laptop(server.url, issueToken(room.dataDir, 'Ben', 'reporter'));
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Count', body: doc('0') } }));
    const lines: string[] = [];
    for (let line = 1; line <= 60; line += 1) {
      lines.push(`line ${line}`);
      await save(ana, draft.id, lines);
      if (line === 30) await server.kill('SIGKILL');
    }
    server = await room.start();
    const late = laptop(server.url, issueToken(room.dataDir, 'Cleo', 'viewer'));
    for (const engine of [ana, ben, late]) {
      await eventually('every line', async () => (await bodyOn(engine, draft.id))?.join('|') === lines.join('|'), 60_000);
    }
    expect(valueOf(await late.call('drafts:list', {})).items.map((item) => item.headline)).toEqual(['Count']);
  }, 120_000);
});
