import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createEngine, type Engine } from '../electron/core/engine';
import { getDraft } from '../electron/core/drafts/getDraft';
import { applyDeskUpdate, openDoc } from '../electron/core/sync/desk';
import { draftDesk } from '../electron/core/sync/deskDrafts';
import { draftDocName } from '../electron/core/sync/draftDoc';
import { schemaFingerprint } from '../electron/shared/editor/schemaFingerprint';
import { base64ToBytes, bytesToBase64 } from '../electron/shared/sync/base64';
import { startDeskServer, type DeskServer } from '../server/deskServer';
import { addPerson, openPeople } from '../server/people';
import { seedArticleBody } from '../tests/unit/fixtures/seedArticleBody';
import { wordCount } from '../electron/shared/model/wordCount';
import type { Benchmark, BenchReport, Measurement } from './benchmark';
import { measure } from './measure';
import { memoryLine, retainedMegabytes } from './retainedMemory';

const body = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

async function until(check: () => boolean, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function expectValue<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function benchLatency(report: BenchReport, server: DeskServer, token: (name: string) => string, folder: string): Promise<void> {
  const [ana, ben] = ['ana', 'ben'].map((name) => {
    const engine = createEngine({ dbPath: path.join(folder, `${name}.db`) });
    engine.context.sync.connect({ serverUrl: server.url, token: token(name) });
    return engine;
  }) as [Engine, Engine];
  await until(() => ana.context.sync.status().state === 'synced' && ben.context.sync.status().state === 'synced');
  const draft = expectValue(await ana.call('drafts:create', { changes: { headline: 'Latency', body: body('Start.') } }));
  await until(() => getDraft(ben.db, draft.id) !== null);
  let version = draft.version;
  const localSave = await measure('save on one laptop (baseline)', 50, async (index) => {
    version = expectValue(await ana.call('drafts:save', { id: draft.id, baseVersion: version, changes: { dek: `Local ${index}` } })).version;
  });
  const latency = await measure('save on one, row updated on the other', 50, async (index) => {
    const headline = `Run ${index} ${Math.random()}`;
    version = expectValue(await ana.call('drafts:save', { id: draft.id, baseVersion: version, changes: { headline } })).version;
    await until(() => getDraft(ben.db, draft.id)?.headline === headline);
  });
  report.section('Sync latency between two laptops on loopback');
  report.figure(localSave);
  report.figure(latency, localSave);
  await benchPageLatency(report, ana, ben, draft.id);
  ana.close();
  ben.close();
}

/** The open page's copy of a draft (live:open, then the engine's events), as renderer/src/editor/collab holds it. */
async function pageOf(engine: Engine, draftId: string): Promise<Y.Doc> {
  const page = new Y.Doc();
  const opened = expectValue(await engine.call('live:open', { draftId }));
  Y.applyUpdate(page, base64ToBytes(opened.state), 'engine');
  engine.context.live.onEvent((event) => {
    if (event.kind === 'update' && event.draftId === draftId) Y.applyUpdate(page, base64ToBytes(event.update), 'engine');
  });
  return page;
}

/** The first paragraph text of a page's body (the seed article starts with a subheading or a picture). */
function firstText(page: Y.Doc): Y.XmlText {
  for (const block of page.getXmlFragment('body').toArray()) {
    const text = block instanceof Y.XmlElement && block.nodeName === 'paragraph' ? block.get(0) : null;
    if (text instanceof Y.XmlText) return text;
  }
  throw new Error('The draft has no first paragraph text.');
}

/** One key typed in a page's body, as a Yjs update for `live:push` (the page sends its edits this way). */
function typeKey(page: Y.Doc, key: string): string {
  let update: Uint8Array | null = null;
  const keep = (bytes: Uint8Array) => (update = bytes);
  page.once('update', keep);
  const text = firstText(page);
  text.insert(text.length, key);
  if (update === null) throw new Error('Typing made no update.');
  return bytesToBase64(update);
}

async function benchPageLatency(report: BenchReport, ana: Engine, ben: Engine, draftId: string): Promise<void> {
  const [anaPage, benPage] = [await pageOf(ana, draftId), await pageOf(ben, draftId)];
  await until(() => firstText(benPage).length === firstText(anaPage).length);
  const localPush = await measure('a key pushed by the page and stored (baseline)', 100, async () => {
    expectValue(await ana.call('live:push', { draftId, update: typeKey(anaPage, 'a') }));
  });
  const otherPage = await measure('a key typed in one page, shown in the other laptop’s page', 100, async () => {
    expectValue(await ana.call('live:push', { draftId, update: typeKey(anaPage, 'b') }));
    const length = firstText(anaPage).length;
    await until(() => firstText(benPage).length === length);
  });
  report.section('Live co-editing: keystroke to the other window (the page path, without Chromium and IPC)');
  report.figure(localPush);
  report.figure(otherPage, localPush);
}

/**
 * What the engine does at each save of the open page while the reporter types (a push of the keys typed in
 * the last half second, 15 here): store the update, derive the row (text, word count, search text, slug).
 * Twice a second, on the same processor as the typing on a small laptop.
 */
async function benchPageSave(report: BenchReport): Promise<void> {
  const engine = createEngine({ dbPath: ':memory:' });
  try {
    const seed = seedArticleBody();
    const saveOf = async (name: string, copies: number): Promise<Measurement> => {
      const content = Array.from({ length: copies }, () => seed.content).flat();
      const draft = expectValue(await engine.call('drafts:create', { changes: { headline: name, body: { type: 'doc', content } } }));
      const page = await pageOf(engine, draft.id);
      const sent: Uint8Array[] = [];
      page.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'engine') sent.push(update);
      });
      const words = wordCount({ type: 'doc', content });
      return measure(`a save of 15 keys, ${name} (${words.toLocaleString('en')} words)`, 60, async () => {
        const text = firstText(page);
        for (let key = 0; key < 15; key += 1) text.insert(text.length, 'x');
        expectValue(await engine.call('live:push', { draftId: draft.id, update: bytesToBase64(Y.mergeUpdates(sent.splice(0))) }));
      });
    };
    const short = await saveOf('the seed article (baseline)', 1);
    const long = await saveOf('the seed article 20 times', 20);
    report.section("The open page's save, in the engine (store the update, derive the row)");
    report.figure(short);
    report.figure(long, short);
  } finally {
    engine.close();
  }
}

async function benchOfflineMerge(report: BenchReport): Promise<void> {
  const [ana, ben] = [createEngine({ dbPath: ':memory:' }), createEngine({ dbPath: ':memory:' })];
  const draft = expectValue(await ana.call('drafts:create', { changes: { body: body('Ana:', 'Ben:') } }));
  const name = draftDocName(draft.id);
  applyDeskUpdate(draftDesk(ben.db), name, Y.encodeStateAsUpdate(openDoc(draftDesk(ana.db), name)), 'server');
  for (const [engine, who] of [[ana, 'a'], [ben, 'b']] as const) {
    let text = '';
    let version = expectValue(await engine.call('drafts:get', { id: draft.id })).version;
    for (let edit = 0; edit < 500; edit += 1) {
      text += who;
      const paragraphs = who === 'a' ? [`Ana:${text}`, 'Ben:'] : ['Ana:', `Ben:${text}`];
      version = expectValue(await engine.call('drafts:save', { id: draft.id, baseVersion: version, changes: { body: body(...paragraphs) } })).version;
    }
  }
  const fromBen = Y.encodeStateAsUpdate(openDoc(draftDesk(ben.db), name));
  const merged = await measure('merge 1,000 offline edits (500 + 500)', 1, () => applyDeskUpdate(draftDesk(ana.db), name, fromBen, 'server'));
  const whole = Y.encodeStateAsUpdate(openDoc(draftDesk(ana.db), name));
  const load = await measure('load the merged draft into a new document (baseline)', 20, () => Y.applyUpdate(new Y.Doc(), whole));
  report.section('Merging offline work');
  report.figure(load);
  report.figure(merged, load);
  const result = expectValue(await ana.call('drafts:get', { id: draft.id }));
  report.note(`merged body: ${JSON.stringify(result.body).length} bytes of JSON, ${whole.byteLength} bytes of Yjs state`);
  ana.close();
  ben.close();
}

function client(server: DeskServer, token: string, name: string, document = new Y.Doc()): { provider: HocuspocusProvider; close: () => void } {
  const socket = new HocuspocusProviderWebsocket({ url: `${server.url}/?schema=${schemaFingerprint()}`, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ name, document, websocketProvider: socket, token });
  provider.attach();
  return { provider, close: () => (provider.destroy(), socket.destroy()) };
}

async function benchServerMemory(report: BenchReport, server: DeskServer, token: string): Promise<void> {
  const drafts = 100;
  const names = Array.from({ length: drafts }, (_, index) => `draft/00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
  const clientsOnly = await retainedMegabytes(() => names.map(() => new Y.Doc()));
  const socket = new HocuspocusProviderWebsocket({ url: `${server.url}/?schema=${schemaFingerprint()}`, WebSocketPolyfill: WebSocket });
  const withServer = await retainedMegabytes(async () => {
    const providers = names.map((name) => {
      const provider = new HocuspocusProvider({ name, document: new Y.Doc(), websocketProvider: socket, token, awareness: null });
      provider.attach();
      return provider;
    });
    await until(() => providers.every((provider) => provider.isSynced));
    return providers;
  });
  report.section('Server memory per open draft');
  const perDraft = Math.max(0, withServer.megabytes - clientsOnly.megabytes) / drafts;
  report.note(memoryLine('server and provider per open draft', perDraft, { name: 'an empty Y.Doc', megabytes: clientsOnly.megabytes / drafts }));
  for (const provider of withServer.value) provider.destroy();
  socket.destroy();
}

async function typingClients(server: DeskServer, token: string, count: number, name: string): Promise<Measurement> {
  const clients = Array.from({ length: count }, () => client(server, token, name));
  await until(() => clients.every(({ provider }) => provider.isSynced), 60_000);
  const keys = 5;
  let rounds = 0;
  const result = await measure(`${count} clients type ${keys} keys each, all converge`, 1, async () => {
    rounds += 1;
    for (let key = 0; key < keys; key += 1) {
      for (const { provider } of clients) provider.document.getText('t').insert(0, 'x');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await until(() => clients.every(({ provider }) => provider.document.getText('t').length === rounds * count * keys), 60_000);
  });
  for (const { close } of clients) close();
  return result;
}

/** Sync figures: latency between laptops, merging offline work, server memory and many clients. */
export const benchmark: Benchmark = {
  name: 'desk sync',
  async run(report) {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-bench-sync-'));
    const server = await startDeskServer({ host: '127.0.0.1', port: 0, dataDir: path.join(folder, 'server'), quiet: true });
    const people = openPeople(path.join(folder, 'server', 'people.sqlite'));
    const token = (name: string) => addPerson(people, `${name} ${Math.random()}`, 'reporter', new Date());
    try {
      await benchPageSave(report);
      await benchLatency(report, server, token, folder);
      await benchOfflineMerge(report);
      await benchServerMemory(report, server, token('memory'));
      const few = await typingClients(server, token('few'), 10, 'draft/00000000-0000-4000-8000-100000000001');
      const many = await typingClients(server, token('many'), 200, 'draft/00000000-0000-4000-8000-100000000002');
      report.section('One server, many clients typing (loopback)');
      report.figure(few);
      report.figure(many, few);
    } finally {
      people.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
