import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import WebSocket from 'ws';
import { openPeople, revokePerson } from '../../../server/people';
import * as Y from 'yjs';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { schemaFingerprint } from '../../../electron/shared/editor/schemaFingerprint';
import { eventually, issueToken, sharedServer } from '../support/deskServerProcess';
import { doc, temporaryFolder, valueOf } from '../support/testEngine';

const shared = sharedServer(['--max-message-kb', '64']);
const cleanups = shared.cleanups;

function laptop(name: string, role: 'reporter' | 'editor' | 'viewer' = 'reporter', token?: string): Engine {
  const folder = temporaryFolder(`newsdesk-${name}-`);
  const engine = createEngine({ dbPath: `${folder.folder}/drafts.db` });
  cleanups.push(() => {
    engine.close();
    folder.remove();
  });
  engine.context.sync.connect({ serverUrl: shared.server.url, token: token ?? issueToken(shared.dataDir, `${name} ${Math.random()}`, role) });
  return engine;
}

const texts = (body: { content?: unknown[] }) =>
  (body.content ?? []).map((node) => (JSON.stringify(node).match(/"text":"([^"]*)"/g) ?? []).map((m) => m.slice(8, -1)).join(''));

async function bodyOn(engine: Engine, id: string): Promise<string[] | undefined> {
  const result = await engine.call('drafts:get', { id });
  return result.ok ? texts(result.value.body) : undefined;
}

async function synced(engine: Engine): Promise<void> {
  await eventually('sync', () => engine.context.sync.status().state === 'synced');
}

describe('desk sync with a real server', () => {
  it('shows a draft written on one laptop in the library of the others, unopened', async () => {
    const [ana, ben, cleo] = [laptop('Ana'), laptop('Ben', 'editor'), laptop('Cleo')];
    await Promise.all([synced(ana), synced(ben), synced(cleo)]);
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Harbour wall gives way', body: doc('The wall fell.') } }));
    for (const other of [ben, cleo]) {
      const listed = await eventually('the draft in the library', async () => {
        const page = valueOf(await other.call('drafts:list', {}));
        return page.items.find((item) => item.id === draft.id);
      });
      expect(listed.headline).toBe('Harbour wall gives way');
      expect(await bodyOn(other, draft.id)).toEqual(['The wall fell.']);
    }
    expect(ana.context.sync.status()).toMatchObject({ words: 'Synced with the newsroom', person: { role: 'reporter' } });
  });

  it('merges concurrent edits to one paragraph on every laptop', async () => {
    const [ana, ben] = [laptop('Ana'), laptop('Ben')];
    await Promise.all([synced(ana), synced(ben)]);
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Storm', body: doc('The wall fell.') } }));
    const onBen = await eventually('the draft on Ben', async () => {
      const result = await ben.call('drafts:get', { id: draft.id });
      return result.ok ? result.value : undefined;
    });
    const onAna = valueOf(await ana.call('drafts:get', { id: draft.id }));
    await Promise.all([
      ana.call('drafts:save', { id: draft.id, baseVersion: onAna.version, changes: { body: doc('The old wall fell.') } }),
      ben.call('drafts:save', { id: draft.id, baseVersion: onBen.version, changes: { body: doc('The wall fell today.') } }),
    ]);
    for (const engine of [ana, ben]) {
      await eventually('both edits', async () => (await bodyOn(engine, draft.id))?.[0] === 'The old wall fell today.');
    }
  });

  it('refuses a wrong or revoked token with words the status bar shows', async () => {
    const stranger = laptop('Stranger', 'reporter', 'nd_not-a-token');
    await eventually('refusal', () => stranger.context.sync.status().words === 'The server refused this access token');
    const name = `Gone ${Math.random()}`;
    const token = issueToken(shared.dataDir, name, 'reporter');
    const people = openPeople(path.join(shared.dataDir, 'people.sqlite'));
    revokePerson(people, name, new Date());
    people.close();
    const revoked = laptop('Gone', 'reporter', token);
    await eventually('refusal', () => revoked.context.sync.status().state === 'refused');
    const draft = valueOf(await stranger.call('drafts:create', { changes: { headline: 'Still saved here' } }));
    expect(valueOf(await stranger.call('drafts:get', { id: draft.id })).headline).toBe('Still saved here');
  });

  it('cuts the open connection of a token revoked while connected, and takes nothing more from it', async () => {
    const name = `Leaving ${Math.random()}`;
    const token = issueToken(shared.dataDir, name, 'reporter');
    const [leaving, ana] = [laptop('Leaving', 'reporter', token), laptop('Ana')];
    await Promise.all([synced(leaving), synced(ana)]);
    const draft = valueOf(await leaving.call('drafts:create', { changes: { headline: 'Before the revocation' } }));
    await eventually('the draft on Ana', async () => (await ana.call('drafts:get', { id: draft.id })).ok);
    const people = openPeople(path.join(shared.dataDir, 'people.sqlite'));
    revokePerson(people, name, new Date());
    people.close();
    await eventually('the refusal while connected', () => leaving.context.sync.status().words === 'The server refused this access token');
    const onLeaving = valueOf(await leaving.call('drafts:get', { id: draft.id }));
    valueOf(await leaving.call('drafts:save', { id: draft.id, baseVersion: onLeaving.version, changes: { headline: 'After the revocation' } }));
    // Ana's own edit goes through the server and back: once it is round, the revoked edit would have arrived too.
    const other = valueOf(await ana.call('drafts:create', { changes: { headline: 'Ana carries on' } }));
    const cleo = laptop('Cleo');
    await eventually('Ana’s later draft on Cleo', async () => (await cleo.call('drafts:get', { id: other.id })).ok);
    await eventually('the first draft on Cleo', async () => (await cleo.call('drafts:get', { id: draft.id })).ok);
    expect(valueOf(await cleo.call('drafts:get', { id: draft.id })).headline).toBe('Before the revocation');
    expect(valueOf(await leaving.call('drafts:get', { id: draft.id })).headline).toBe('After the revocation');
  });

  it("drops a viewer's edits on the server and keeps showing the viewer the newsroom's copy", async () => {
    const [ana, viewer] = [laptop('Ana'), laptop('Vic', 'viewer')];
    await Promise.all([synced(ana)]);
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Budget vote', body: doc('Agreed.') } }));
    const seen = await eventually('the draft on the viewer', async () => {
      const result = await viewer.call('drafts:get', { id: draft.id });
      return result.ok ? result.value : undefined;
    });
    expect(viewer.context.sync.status().person?.role).toBe('viewer');
    const save = { id: draft.id, baseVersion: seen.version, changes: { body: doc('Agreed.', 'Viewer was here.') } };
    const refused = await viewer.call('drafts:save', save);
    expect(refused.ok ? 'saved' : refused.error.code).toBe('forbidden');
    // A laptop that does not refuse (an older build, a tampered one): its change reaches the server, which drops it.
    await viewer.handlers['drafts:save'](save, viewer.context);
    valueOf(await ana.call('drafts:save', { id: draft.id, baseVersion: valueOf(await ana.call('drafts:get', { id: draft.id })).version, changes: { headline: 'Budget vote passes' } }));
    const late = laptop('Late');
    await eventually('the headline on a new laptop', async () => {
      const result = await late.call('drafts:get', { id: draft.id });
      return result.ok && result.value.headline === 'Budget vote passes';
    });
    expect(await bodyOn(late, draft.id)).toEqual(['Agreed.']);
    expect(await bodyOn(ana, draft.id)).toEqual(['Agreed.']);
  });

  it('refuses a client built with another article schema', async () => {
    const reason = await refusedWith(`${shared.server.url}/?schema=older-build`, issueToken(shared.dataDir, `Old ${Math.random()}`, 'reporter'), new Y.Doc());
    expect(reason).toBe('schema-mismatch');
  });

  it('refuses an oversized message and keeps serving everyone else', async () => {
    const token = issueToken(shared.dataDir, `Big ${Math.random()}`, 'reporter');
    const big = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: `${shared.server.url}/?schema=${schemaFingerprint()}`, WebSocketPolyfill: WebSocket });
    const notices: string[] = [];
    const provider = new HocuspocusProvider({ name: 'desk', document: big, websocketProvider: socket, token, onStateless: ({ payload }) => notices.push(payload) });
    provider.attach();
    cleanups.push(() => {
      provider.destroy();
      socket.destroy();
    });
    await eventually('synced', () => provider.isSynced);
    big.getMap('drafts').set('00000000-0000-4000-8000-000000000000', 'x'.repeat(100 * 1024));
    await eventually('the refusal notice', () => notices.some((notice) => notice.includes('too-large')));
    const ana = laptop('Ana');
    await synced(ana);
  });

  it('lets roles decide: a reporter sends for review but cannot approve or publish, an editor can, a viewer cannot comment', async () => {
    const reporter = laptop('Rita', 'reporter');
    const editor = laptop('Eddie', 'editor');
    const viewer = laptop('Vera', 'viewer');
    await Promise.all([reporter, editor, viewer].map(synced));
    const threadId = '0b9f3f5e-7a51-4c6e-8f0e-3c2d1b4a5e6f';
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The vote was close.', marks: [{ type: 'comment', attrs: { thread: threadId } }] }] }] };
    const draft = valueOf(await reporter.call('drafts:create', { changes: { headline: 'Council votes', authorName: 'Rita', body } }));

    valueOf(await reporter.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }));
    const approve = await reporter.call('workflow:act', { draftId: draft.id, action: 'approve' });
    expect(approve.ok ? 'approved' : approve.error.message).toBe('Only an editor can approve a draft; your role on this desk is reporter.');
    const publish = await reporter.call('drafts:setStatus', { id: draft.id, status: 'published' });
    expect(publish.ok ? 'published' : publish.error).toMatchObject({ code: 'forbidden', message: 'Only an editor can mark a draft published; your role on this desk is reporter.' });

    await eventually('in review on the editor’s laptop', async () => {
      const got = await editor.call('drafts:get', { id: draft.id });
      return got.ok && got.value.status === 'in_review';
    });
    expect(valueOf(await editor.call('workflow:act', { draftId: draft.id, action: 'approve' })).status).toBe('approved');

    await eventually('the draft on the viewer’s laptop', async () => (await bodyOn(viewer, draft.id))?.length === 1);
    const comment = await viewer.call('comments:add', { draftId: draft.id, threadId, text: 'Source?' });
    expect(comment.ok ? 'added' : comment.error.code).toBe('forbidden');
    const status = await viewer.call('drafts:setStatus', { id: draft.id, status: 'draft' });
    expect(status.ok ? 'changed' : status.error.code).toBe('forbidden');
  });
});

async function refusedWith(url: string, token: string, document: Y.Doc): Promise<string> {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  let reason: string | null = null;
  const provider = new HocuspocusProvider({ name: 'desk', document, websocketProvider: socket, token, onAuthenticationFailed: (event) => (reason = event.reason) });
  provider.attach();
  try {
    return await eventually('a refusal', () => reason ?? undefined);
  } finally {
    provider.destroy();
    socket.destroy();
  }
}
