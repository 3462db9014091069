import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { connectedLaptop, eventually, freePort, issueToken, startServerProcess, type ServerProcess } from '../support/deskServerProcess';
import { doc, errorOf, temporaryFolder, valueOf } from '../support/testEngine';
import { viewerRefusalMessage } from '../../../electron/shared/contract/deskAccess';

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
  it('stops syncing cleanly while a connection to an unreachable server is still being attempted (the app quitting offline)', async () => {
    const port = await freePort();
    const errors: unknown[] = [];
    const record = (error: unknown) => errors.push(error);
    process.on('uncaughtException', record);
    cleanups.push(() => void process.off('uncaughtException', record));
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const engine = createEngine({ dbPath: ':memory:' });
      engine.context.sync.connect({ serverUrl: `ws://127.0.0.1:${port}`, token: 'any' });
      engine.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors).toEqual([]);
  });

  it('remembers who the server named: a viewer’s laptop started offline stays read-only, a reporter’s keeps its name on versions', async () => {
    const room = await newsroom();
    const server = await room.start();
    const folders = ['viewer', 'reporter'].map(() => temporaryFolder('newsdesk-laptop-'));
    cleanups.push(() => folders.forEach((folder) => folder.remove()));
    const paths = folders.map((folder) => `${folder.folder}/drafts.db`);
    const tokens = [issueToken(room.dataDir, 'Vera Lind', 'viewer'), issueToken(room.dataDir, 'Rita Moss', 'reporter')];
    const first = paths.map((dbPath) => createEngine({ dbPath }));
    first.forEach((engine, index) => engine.context.sync.connect({ serverUrl: server.url, token: tokens[index] ?? '' }));
    const [viewerYesterday, reporterYesterday] = first;
    if (!viewerYesterday || !reporterYesterday) throw new Error('two laptops');
    const draft = valueOf(await reporterYesterday.call('drafts:create', { changes: { headline: 'Harbour', body: doc('Boats moored.') } }));
    await eventually('the draft on the viewer', async () => (await bodyOn(viewerYesterday, draft.id))?.length === 1);
    await eventually('both named', () => first.every((engine) => engine.context.sync.status().person !== null));
    for (const engine of first) engine.close();
    await server.kill('SIGKILL');

    // Next morning, on the train: the laptops start with no server to reach.
    const [viewer, reporter] = paths.map((dbPath) => createEngine({ dbPath, sync: true }));
    cleanups.unshift(() => [viewer, reporter].forEach((engine) => engine?.close()));
    if (!viewer || !reporter) throw new Error('two laptops');
    expect(viewer.context.sync.status()).toMatchObject({ state: 'offline', person: { name: 'Vera Lind', role: 'viewer' } });
    const before = valueOf(await viewer.call('drafts:get', { id: draft.id }));
    expect(errorOf(await viewer.call('drafts:save', { id: draft.id, baseVersion: before.version, changes: { headline: 'Viewer was here' } }))).toEqual({ code: 'forbidden', message: viewerRefusalMessage });
    expect(valueOf(await viewer.call('drafts:get', { id: draft.id })).headline).toBe('Harbour');

    expect(reporter.context.sync.status().person).toEqual({ name: 'Rita Moss', role: 'reporter' });
    valueOf(await reporter.call('revisions:create', { draftId: draft.id, label: 'Before the edit' }));
    const versions = valueOf(await reporter.call('revisions:list', { draftId: draft.id }));
    expect(JSON.stringify(versions)).toContain('Rita Moss');
  }, 60_000);

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

  it('carries comment threads with the draft: authors are the tokens’ people, and replies made offline on both sides all stay', async () => {
    const room = await newsroom();
    let server = await room.start();
    const ana = laptop(server.url, issueToken(room.dataDir, 'Ana Ruiz', 'reporter'));
    const ben = laptop(server.url, issueToken(room.dataDir, 'Ben Okafor', 'editor'));
    const threadId = randomUUID();
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Officials blamed the tide.', marks: [{ type: 'comment', attrs: { thread: threadId } }] }] }] };
    const draft = valueOf(await ben.call('drafts:create', { changes: { headline: 'Tide', body } }));
    await eventually('Ben named by the server', () => ben.context.sync.status().words === 'Synced with the newsroom');
    valueOf(await ben.call('comments:add', { draftId: draft.id, threadId, text: 'Source?' }));
    const onAna = await eventually('the thread on Ana', async () => {
      const threads = await ana.call('comments:list', { draftId: draft.id });
      return threads.ok && threads.value.length === 1 ? threads.value : undefined;
    });
    expect(onAna[0]?.comments.map((comment) => [comment.author, comment.text])).toEqual([['Ben Okafor', 'Source?']]);
    await eventually('the count in Ana’s library', async () => {
      const marks = await ana.call('review:marks', { ids: [draft.id] });
      return marks.ok && marks.value[0]?.openComments === 1;
    });

    await server.kill('SIGKILL');
    await eventually('both offline', () => [ana, ben].every((engine) => engine.context.sync.status().words === 'Offline: changes are saved on this laptop'));
    valueOf(await ana.call('comments:reply', { draftId: draft.id, threadId, text: 'The harbour master.' }));
    valueOf(await ben.call('comments:reply', { draftId: draft.id, threadId, text: 'Also: which tide?' }));
    valueOf(await ben.call('comments:resolve', { draftId: draft.id, threadId, resolved: true }));

    server = await room.start();
    for (const engine of [ana, ben]) {
      const merged = await eventually('both replies', async () => {
        const threads = await engine.call('comments:list', { draftId: draft.id });
        return threads.ok && threads.value[0]?.comments.length === 3 ? threads.value[0] : undefined;
      }, 60_000);
      expect(merged.comments.map((comment) => comment.author).sort()).toEqual(['Ana Ruiz', 'Ben Okafor', 'Ben Okafor']);
      expect(merged.comments.map((comment) => comment.text)).toContain('The harbour master.');
      expect(merged).toMatchObject({ resolved: true, resolvedBy: 'Ben Okafor' });
    }
  }, 120_000);
});
