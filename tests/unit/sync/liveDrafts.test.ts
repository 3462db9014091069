import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { applyDeskUpdate, openDoc } from '../../../electron/core/sync/desk';
import { draftDesk } from '../../../electron/core/sync/deskDrafts';
import { draftDocName, writeBody } from '../../../electron/core/sync/draftDoc';
import { MAX_LIVE_UPDATE_BYTES, type LiveEvent } from '../../../electron/shared/contract/live';
import { bodyText } from '../../../electron/shared/model/bodyText';
import { base64ToBytes, bytesToBase64 } from '../../../electron/shared/sync/base64';
import { FIELDS_MAP } from '../../../electron/shared/sync/draftDocShape';
import { connectedLaptop, eventually, freePort, issueToken, startServerProcess } from '../support/deskServerProcess';
import { doc, errorOf, temporaryFolder, valueOf } from '../support/testEngine';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function engineOn(dbPath: string): Engine {
  const engine = createEngine({ dbPath });
  cleanups.unshift(() => engine.close());
  return engine;
}

/** The page's side: a Y.Doc from `live:open`, whose own changes are pushed and which applies the events. */
async function openPage(engine: Engine, draftId: string) {
  const opened = valueOf(await engine.call('live:open', { draftId }));
  const page = new Y.Doc();
  const fromEngine = Symbol('engine');
  Y.applyUpdate(page, base64ToBytes(opened.state), fromEngine);
  const events: LiveEvent[] = [];
  const stop = engine.context.live.onEvent((event) => {
    events.push(event);
    if (event.kind === 'update') Y.applyUpdate(page, base64ToBytes(event.update), fromEngine);
  });
  cleanups.unshift(stop);
  const pending: Uint8Array[] = [];
  page.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== fromEngine) pending.push(update);
  });
  const push = async () => valueOf(await engine.call('live:push', { draftId, update: bytesToBase64(Y.mergeUpdates(pending.splice(0))) }));
  return { page, events, push, opened };
}

describe('the open page and the engine exchange Yjs updates', () => {
  it('stores the page’s edits, derives the row (text, word count, slug) and keeps them after a relaunch', async () => {
    const folder = temporaryFolder();
    cleanups.push(folder.remove);
    const dbPath = `${folder.folder}/drafts.db`;
    const engine = engineOn(dbPath);
    const draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('First words.') } }));
    const { page, push } = await openPage(engine, draft.id);

    page.transact(() => {
      writeBody(page, doc('First words, and more.', 'A second paragraph.'));
      page.getMap(FIELDS_MAP).set('headline', 'Bridge reopens');
    });
    const pushed = await push();

    expect(pushed.slug).toBe('bridge-reopens');
    const row = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect([row.headline, bodyText(row.body), row.wordCount]).toEqual(['Bridge reopens', 'First words, and more.\nA second paragraph.', 7]);
    expect(valueOf(await engine.call('drafts:search', { query: 'paragraph' })).items.map((hit) => hit.id)).toEqual([draft.id]);
    // The page's own typing is not a merge with the newsroom: no "Before merging" revision.
    expect(valueOf(await engine.call('revisions:list', { draftId: draft.id })).filter((revision) => revision.reason === 'conflict')).toEqual([]);

    engine.close();
    const reopened = createEngine({ dbPath });
    cleanups.unshift(() => reopened.close());
    expect(bodyText(valueOf(await reopened.call('drafts:get', { id: draft.id })).body)).toBe('First words, and more.\nA second paragraph.');
  });

  it('keeps the draft\'s version for an update from elsewhere that changes nothing its row holds, and moves it on for one that does', async () => {
    const engine = engineOn(':memory:');
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Bridge reopens', body: doc('Words.') } }));
    const name = draftDocName(draft.id);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(openDoc(draftDesk(engine.db), name)));
    const send = (change: () => void) => {
      const before = Y.encodeStateVector(elsewhere);
      change();
      applyDeskUpdate(draftDesk(engine.db), name, Y.encodeStateAsUpdate(elsewhere, before), 'server');
    };

    // Something the row does not hold (a laptop's own map in the document, say): the row is the same.
    send(() => elsewhere.getMap('scratch').set('note', 'not in the row'));
    expect(valueOf(await engine.call('drafts:get', { id: draft.id })).version).toBe(draft.version);

    send(() => elsewhere.getMap(FIELDS_MAP).set('headline', 'Bridge reopens at dawn'));
    const changed = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect([changed.headline, changed.version]).toEqual(['Bridge reopens at dawn', draft.version + 1]);
  });

  it('keeps a slug set by hand while the save of the headline just before it was still following that headline', async () => {
    const engine = engineOn(':memory:');
    const draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('Words.') } }));
    const { page, push } = await openPage(engine, draft.id);
    page.getMap(FIELDS_MAP).set('headline', 'Council approves new bridge');
    const seenBeforeTheSave = Y.encodeStateAsUpdate(page);
    expect((await push()).slug).toBe('council-approves-new-bridge');

    // The reporter edits the slug before the engine's answer to that save reaches the page. The lowest client id
    // loses any tie between concurrent writes of one key, so an engine that wrote the slug would win this one.
    const typing = new Y.Doc();
    typing.clientID = 1;
    Y.applyUpdate(typing, seenBeforeTheSave);
    const before = Y.encodeStateVector(typing);
    typing.transact(() => {
      typing.getMap(FIELDS_MAP).set('slug', 'bridge-vote');
      typing.getMap(FIELDS_MAP).set('slugLocked', true);
    });
    const update = bytesToBase64(Y.encodeStateAsUpdate(typing, before));
    expect(valueOf(await engine.call('live:push', { draftId: draft.id, update })).slug).toBe('bridge-vote');
    page.getMap(FIELDS_MAP).set('headline', 'Council approves new bridge after long debate');
    expect((await push()).slug).toBe('bridge-vote');
    const row = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect([row.slug, row.slugLocked]).toEqual(['bridge-vote', true]);
  });

  it('follows the headline with a slug unique on this laptop, and goes back to following when the slug is cleared', async () => {
    const engine = engineOn(':memory:');
    valueOf(await engine.call('drafts:create', { changes: { headline: 'Bridge reopens', body: doc('Other.') } }));
    const draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('Words.') } }));
    const { page, push } = await openPage(engine, draft.id);
    const fields = page.getMap(FIELDS_MAP);
    fields.set('headline', 'Bridge reopens');
    expect((await push()).slug).toBe('bridge-reopens-2');
    fields.set('dek', 'A stand-first');
    expect((await push()).slug).toBe('bridge-reopens-2');
    page.transact(() => {
      fields.set('slug', 'river-crossing');
      fields.set('slugLocked', true);
    });
    expect((await push()).slug).toBe('river-crossing');
    fields.set('headline', 'Bridge reopens at last');
    expect((await push()).slug).toBe('river-crossing');
    page.transact(() => {
      fields.set('slug', '');
      fields.set('slugLocked', false);
    });
    expect((await push()).slug).toBe('bridge-reopens-at-last');
  });

  it('pushes changes made elsewhere in the engine to the page, and not the page’s own back', async () => {
    const engine = engineOn(':memory:');
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Old', body: doc('Mine.') } }));
    const { page, events, push } = await openPage(engine, draft.id);
    page.getMap(FIELDS_MAP).set('dek', 'Typed in the page');
    await push();
    expect(events).toEqual([]);

    const current = valueOf(await engine.call('drafts:get', { id: draft.id }));
    valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: current.version, changes: { headline: 'From elsewhere', body: doc('Mine.', 'Theirs.') } }));

    expect(events.map((event) => [event.kind, 'draftId' in event ? event.draftId : null])).toEqual([['update', draft.id]]);
    expect(page.getMap(FIELDS_MAP).get('headline')).toBe('From elsewhere');
    expect(page.getMap(FIELDS_MAP).get('dek')).toBe('Typed in the page');
    expect(page.getXmlFragment('body').toJSON()).toContain('Theirs.');
  });

  it('stops the events when the page closes the draft (counting opens)', async () => {
    const engine = engineOn(':memory:');
    const draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('One.') } }));
    const { events } = await openPage(engine, draft.id);
    valueOf(await engine.call('live:open', { draftId: draft.id }));
    valueOf(await engine.call('live:close', { draftId: draft.id }));
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'in_review' }));
    const heard = events.length;
    expect(heard).toBeGreaterThan(0);
    valueOf(await engine.call('live:close', { draftId: draft.id }));
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'draft' }));
    expect(events).toHaveLength(heard);
  });

  it('refuses text that is not base64, bytes that are not a Yjs update, and an update over 8 MB, saying why and changing nothing', async () => {
    const engine = engineOn(':memory:');
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Kept', body: doc('Kept.') } }));
    const notBase64 = errorOf(await engine.dispatch('live:push', { draftId: draft.id, update: 'not base64!' }));
    expect(notBase64).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not base64') });
    const garbage = errorOf(await engine.call('live:push', { draftId: draft.id, update: bytesToBase64(new Uint8Array([255, 255, 255, 255, 1, 2, 3])) }));
    expect(garbage).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('could not be read') });
    const huge = errorOf(await engine.dispatch('live:push', { draftId: draft.id, update: 'A'.repeat(Math.ceil(MAX_LIVE_UPDATE_BYTES / 3) * 4 + 4) }));
    expect(huge).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('larger than 8 MB') });
    const unknown = errorOf(await engine.call('live:push', { draftId: '7f2c1d7e-0000-4000-8000-000000000000', update: bytesToBase64(Y.encodeStateAsUpdate(new Y.Doc())) }));
    expect(unknown.code).toBe('not_found');
    const row = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect([row.headline, bodyText(row.body), row.version]).toEqual(['Kept', 'Kept.', draft.version]);
  });

  it('keeps the lead image when the page edits the draft', async () => {
    const engine = engineOn(':memory:');
    const leadImage = { id: 'a'.repeat(64), alt: 'The bridge', caption: '', credit: '' };
    const draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('Words.') } }));
    const current = valueOf(await engine.call('drafts:get', { id: draft.id }));
    const saved = await engine.call('drafts:save', { id: draft.id, baseVersion: current.version, changes: { leadImage } });
    const { page, push } = await openPage(engine, draft.id);
    page.getMap(FIELDS_MAP).set('kicker', 'Transport');
    await push();
    const row = valueOf(await engine.call('drafts:get', { id: draft.id }));
    expect(row.kicker).toBe('Transport');
    if (saved.ok) expect(row.leadImage).toEqual(leadImage);
  });
});

describe('the open page with a newsroom server', () => {
  it('sends the page’s updates to the server, pushes the other laptop’s to its page, and names who else is in', async () => {
    const data = temporaryFolder('newsdesk-live-server-');
    const server = await startServerProcess({ dataDir: data.folder, port: await freePort() });
    const laptops: (() => void | Promise<void>)[] = [];
    try {
      const ana = connectedLaptop(server.url, issueToken(data.folder, 'Ana Ruiz', 'reporter'), laptops);
      const ben = connectedLaptop(server.url, issueToken(data.folder, 'Ben Okafor', 'editor'), laptops);
      const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Storm', body: doc('Rain.') } }));
      await eventually('the draft on the other laptop', async () => (await ben.call('drafts:get', { id: draft.id })).ok);
      const anaPage = await openPage(ana, draft.id);
      const benPage = await openPage(ben, draft.id);
      await eventually('presence on both laptops', () => {
        const last = (events: LiveEvent[]) => events.filter((event) => event.kind === 'people').at(-1);
        const [seenByAna, seenByBen] = [last(anaPage.events), last(benPage.events)];
        return seenByAna?.kind === 'people' && seenByBen?.kind === 'people' && seenByAna.people.join() === 'Ben Okafor' && seenByBen.people.join() === 'Ana Ruiz';
      });

      writeBody(anaPage.page, doc('Rain, then wind.'));
      await anaPage.push();
      await eventually('the typing in the other page', () => benPage.page.getXmlFragment('body').toJSON().includes('Rain, then wind.'));
      await eventually('the typing in the other row', async () => {
        const row = await ben.call('drafts:get', { id: draft.id });
        return row.ok && bodyText(row.value.body) === 'Rain, then wind.';
      });
      valueOf(await ben.call('live:close', { draftId: draft.id }));
      await eventually('presence gone', () => {
        const last = anaPage.events.filter((event) => event.kind === 'people').at(-1);
        return last?.kind === 'people' && last.people.length === 0;
      });
    } finally {
      for (const close of laptops) await close();
      await server.kill();
      data.remove();
    }
  }, 90_000);
});
