import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Engine } from '../../../electron/core/engine';
import { writeBody } from '../../../electron/core/sync/draftDoc';
import { draftDesk } from '../../../electron/core/sync/deskDrafts';
import { channelNames } from '../../../electron/shared/contract/index';
import { deskChangingChannels, viewerRefusalMessage } from '../../../electron/shared/contract/deskAccess';
import type { Result } from '../../../electron/shared/contract/result';
import type { DeskRole } from '../../../electron/shared/review/workflowRefusal';
import { base64ToBytes, bytesToBase64 } from '../../../electron/shared/sync/base64';
import { doc, errorOf, memoryEngine, valueOf } from '../support/testEngine';

const engines: Engine[] = [];
afterEach(() => {
  for (const engine of engines.splice(0)) engine.close();
});

/** A laptop whose server named its token's role (a viewer reads only). */
function laptopAs(role: DeskRole | null): { engine: Engine; setRole: (next: DeskRole | null) => void } {
  const engine = memoryEngine();
  engines.push(engine);
  const setRole = (next: DeskRole | null) => {
    draftDesk(engine.db).role = () => next;
  };
  setRole(role);
  return { engine, setRole };
}

/** Everything a reader of the draft would see of it, and how many changes the desk holds. */
async function whatTheNewsroomSees(engine: Engine, id: string) {
  const draft = valueOf(await engine.call('drafts:get', { id }));
  const updates = (engine.db.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number } | undefined)?.n;
  return {
    draft,
    comments: valueOf(await engine.call('comments:list', { draftId: id })),
    revisions: valueOf(await engine.call('revisions:list', { draftId: id })),
    drafts: valueOf(await engine.call('drafts:list', {})).items.length,
    updates,
  };
}

describe('a viewer’s laptop', () => {
  it('refuses every change to the newsroom’s drafts in plain words, and keeps the draft as it was', async () => {
    const { engine, setRole } = laptopAs(null);
    valueOf(await engine.call('review:setPerson', { name: 'Vera' }));
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Council votes', body: doc('The vote was close.') } }));
    const opened = valueOf(await engine.call('live:open', { draftId: draft.id }));
    const page = new Y.Doc();
    Y.applyUpdate(page, base64ToBytes(opened.state));
    const before = Y.encodeStateVector(page);
    writeBody(page, doc('The vote was close.', 'Viewer was here.'));
    const pageEdit = bytesToBase64(Y.encodeStateAsUpdate(page, before));
    setRole('viewer');
    const seen = await whatTheNewsroomSees(engine, draft.id);

    const changes: Promise<Result<unknown>>[] = [
      engine.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { headline: 'Viewer was here' } }),
      engine.call('live:push', { draftId: draft.id, update: pageEdit }),
      engine.call('drafts:setStatus', { id: draft.id, status: 'in_review' }),
      engine.call('drafts:trash', { id: draft.id }),
      engine.call('drafts:trashMany', { ids: [draft.id] }),
      engine.call('revisions:create', { draftId: draft.id, label: 'Mine' }),
      engine.call('comments:add', { draftId: draft.id, threadId: '0b9f3f5e-7a51-4c6e-8f0e-3c2d1b4a5e6f', text: 'Source?' }),
      engine.call('workflow:act', { draftId: draft.id, action: 'send_for_review' }),
      engine.call('drafts:create', { changes: { headline: 'A viewer’s own draft' } }),
      engine.call('import:data', { name: 'story.md', base64: Buffer.from('# A story\n\nText.').toString('base64') }),
    ];
    for (const result of await Promise.all(changes)) expect(errorOf(result)).toEqual({ code: 'forbidden', message: viewerRefusalMessage });
    expect(await whatTheNewsroomSees(engine, draft.id)).toEqual(seen);

    // The viewer still reads: the library, search, the export, the comparison of versions.
    expect(valueOf(await engine.call('drafts:search', { query: 'council' })).items).toHaveLength(1);
    expect(valueOf(await engine.call('export:render', { id: draft.id })).html).toContain('Council votes');
    expect(valueOf(await engine.call('live:open', { draftId: draft.id })).state).toBe(opened.state);

    // Not the request but the role refused it: as a reporter, the same save goes through.
    setRole('reporter');
    expect(valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { headline: 'Council votes again' } })).headline).toBe('Council votes again');
  });

  it('refuses each change the same way whatever it is sent (an IPC message), and answers every other channel as before', async () => {
    const { engine } = laptopAs('viewer');
    for (const name of channelNames) {
      const result = await engine.dispatch(name, { junk: true });
      if (deskChangingChannels.has(name)) expect([name, errorOf(result).code]).toEqual([name, 'forbidden']);
      else expect([name, result.ok ? 'answered' : errorOf(result).code]).not.toEqual([name, 'forbidden']);
    }
    expect(errorOf(await engine.dispatch('drafts:nonsense', {})).code).toBe('unknown_channel');
  });
});
