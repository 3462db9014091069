import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { applyDeskUpdate, openDoc } from '../../../electron/core/sync/desk';
import { draftDesk } from '../../../electron/core/sync/deskDrafts';
import { deskDraftIds } from '../../../electron/core/sync/deskIndex';
import { draftDocName, fieldsOf, readBody } from '../../../electron/core/sync/draftDoc';
import { COMPACT_AFTER_UPDATES } from '../../../electron/core/sync/updateLog';
import { doc, manualClock, temporaryFolder, valueOf } from '../support/testEngine';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function engineOn(dbPath: string, clock = manualClock()): Engine {
  const engine = createEngine({ dbPath, now: clock.now });
  cleanups.unshift(() => engine.close());
  return engine;
}

function tempDb(): string {
  const temp = temporaryFolder();
  cleanups.push(temp.remove);
  return `${temp.folder}/drafts.db`;
}

/** The whole state of a draft's document on one engine, as another laptop would receive it. */
function stateOf(engine: Engine, id: string): Uint8Array {
  return Y.encodeStateAsUpdate(openDoc(draftDesk(engine.db), draftDocName(id)));
}

const paragraphs = (body: { content?: unknown[] }) =>
  (body.content ?? []).map((node) => JSON.stringify(node).match(/"text":"([^"]*)"/g)?.map((m) => m.slice(8, -1)).join('') ?? '');

describe('desk storage', () => {
  it('keeps each save as a Yjs update that a restarted engine reads back', async () => {
    const dbPath = tempDb();
    const first = engineOn(dbPath);
    const draft = valueOf(await first.call('drafts:create', { changes: { headline: 'Harbour wall gives way', body: doc('The wall fell.') } }));
    valueOf(await first.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { body: doc('The wall fell.', 'Nobody was hurt.') } }));
    first.close();
    const second = engineOn(dbPath);
    const reread = openDoc(draftDesk(second.db), draftDocName(draft.id));
    expect(fieldsOf(reread).get('headline')).toBe('Harbour wall gives way');
    expect(paragraphs(readBody(reread))).toEqual(['The wall fell.', 'Nobody was hurt.']);
    expect(deskDraftIds(draftDesk(second.db))).toEqual([draft.id]);
  });

  it('converts a draft written before sync once, from its row, with its revisions', async () => {
    const engine = engineOn(tempDb());
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Old draft', body: doc('Kept words.') } }));
    engine.db.prepare('DELETE FROM doc_updates').run();
    const desk = draftDesk(engine.db);
    desk.docs.clear();
    const converted = openDoc(desk, draftDocName(draft.id));
    expect(paragraphs(readBody(converted))).toEqual(['Kept words.']);
    expect(converted.getMap('revisions').size).toBe(1);
    const logged = engine.db.prepare('SELECT count(*) FROM doc_updates WHERE doc = ?').pluck().get(draftDocName(draft.id));
    expect(logged).toBeGreaterThan(0);
  });

  it('shows a draft made on another laptop in the library and search, with its revisions and who kept them', async () => {
    const writer = engineOn(tempDb());
    draftDesk(writer.db).person = () => 'Ana Ruiz';
    const draft = valueOf(await writer.call('drafts:create', { changes: { headline: 'Council resigns', body: doc('The council quit tonight.') } }));
    valueOf(await writer.call('revisions:create', { draftId: draft.id, label: 'Before the editor' }));
    const reader = engineOn(tempDb());
    applyDeskUpdate(draftDesk(reader.db), draftDocName(draft.id), stateOf(writer, draft.id), 'server');
    const listed = valueOf(await reader.call('drafts:list', {}));
    expect(listed.items.map((item) => item.headline)).toEqual(['Council resigns']);
    const found = valueOf(await reader.call('drafts:search', { query: 'council' }));
    expect(found.items).toHaveLength(1);
    const revisions = valueOf(await reader.call('revisions:list', { draftId: draft.id }));
    expect(revisions.map((revision) => [revision.label, revision.author])).toContainEqual(['Before the editor', 'Ana Ruiz']);
    const exported = valueOf(await reader.call('drafts:get', { id: draft.id }));
    expect(paragraphs(exported.body)).toEqual(['The council quit tonight.']);
  });

  it('merges a save on this laptop with a paragraph another laptop added meanwhile', async () => {
    const a = engineOn(tempDb());
    const b = engineOn(tempDb());
    const draft = valueOf(await a.call('drafts:create', { changes: { headline: 'Storm', body: doc('One.', 'Two.') } }));
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    const onB = valueOf(await b.call('drafts:get', { id: draft.id }));
    valueOf(await b.call('drafts:save', { id: draft.id, baseVersion: onB.version, changes: { body: doc('One.', 'Two.', 'Three from B.') } }));
    const onA = valueOf(await a.call('drafts:get', { id: draft.id }));
    valueOf(await a.call('drafts:save', { id: draft.id, baseVersion: onA.version, changes: { body: doc('One from A.', 'Two.') } }));
    applyDeskUpdate(draftDesk(a.db), draftDocName(draft.id), stateOf(b, draft.id), 'server');
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    for (const engine of [a, b]) {
      const merged = valueOf(await engine.call('drafts:get', { id: draft.id }));
      expect(paragraphs(merged.body)).toEqual(['One from A.', 'Two.', 'Three from B.']);
    }
  });

  it('carries the lead image to the other laptop, and an update from elsewhere never drops it', async () => {
    const a = engineOn(tempDb());
    const b = engineOn(tempDb());
    const leadImage = { id: `sha256-${'ab'.repeat(32)}`, alt: 'Sandbags on the harbour wall', caption: 'The wall at dawn', credit: 'Ana Ruiz' };
    const draft = valueOf(await a.call('drafts:create', { changes: { headline: 'Storm', body: doc('One.') } }));
    valueOf(await a.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { leadImage } }));
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    expect(valueOf(await b.call('drafts:get', { id: draft.id })).leadImage).toEqual(leadImage);
    const onB = valueOf(await b.call('drafts:get', { id: draft.id }));
    valueOf(await b.call('drafts:save', { id: draft.id, baseVersion: onB.version, changes: { headline: 'Storm hits the harbour' } }));
    applyDeskUpdate(draftDesk(a.db), draftDocName(draft.id), stateOf(b, draft.id), 'server');
    const onA = valueOf(await a.call('drafts:get', { id: draft.id }));
    expect([onA.headline, onA.leadImage]).toEqual(['Storm hits the harbour', leadImage]);
  });

  it('keeps a lead image set before it travelled when a document without one arrives', async () => {
    const a = engineOn(tempDb());
    const leadImage = { id: `sha256-${'cd'.repeat(32)}`, alt: 'A flooded street', caption: '', credit: '' };
    const draft = valueOf(await a.call('drafts:create', { changes: { headline: 'Flood', body: doc('One.') } }));
    valueOf(await a.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { leadImage } }));
    // What a laptop running the previous build sends: the fields without the lead image.
    const older = new Y.Doc();
    Y.applyUpdate(older, stateOf(a, draft.id));
    fieldsOf(older).delete('leadImage');
    fieldsOf(older).set('headline', 'Flood: the river breaks its banks');
    applyDeskUpdate(draftDesk(a.db), draftDocName(draft.id), Y.encodeStateAsUpdate(older), 'server');
    const onA = valueOf(await a.call('drafts:get', { id: draft.id }));
    expect([onA.headline, onA.leadImage]).toEqual(['Flood: the river breaks its banks', leadImage]);
  });

  it('carries status, trash and restore to the other laptop', async () => {
    const a = engineOn(tempDb());
    const b = engineOn(tempDb());
    const draft = valueOf(await a.call('drafts:create', { changes: { headline: 'Budget' } }));
    valueOf(await a.call('drafts:setStatus', { id: draft.id, status: 'in_review' }));
    valueOf(await a.call('drafts:trash', { id: draft.id }));
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    const onB = valueOf(await b.call('drafts:get', { id: draft.id }));
    expect([onB.status, onB.deletedAt !== null]).toEqual(['in_review', true]);
    expect(valueOf(await b.call('drafts:list', {})).items).toHaveLength(0);
    valueOf(await a.call('drafts:restore', { id: draft.id }));
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    expect(valueOf(await b.call('drafts:list', {})).items.map((item) => item.status)).toEqual(['in_review']);
    expect(valueOf(await b.call('drafts:statusHistory', { id: draft.id })).map((change) => change.status)).toEqual(['in_review']);
  });

  it('keeps the value another laptop replaced, when this laptop had not synced it yet, as a revision', async () => {
    const a = engineOn(tempDb());
    const b = engineOn(tempDb());
    const draft = valueOf(await a.call('drafts:create', { changes: { headline: 'First headline' } }));
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    const onB = valueOf(await b.call('drafts:get', { id: draft.id }));
    valueOf(await b.call('drafts:save', { id: draft.id, baseVersion: onB.version, changes: { headline: 'Headline from B' } }));
    const onA = valueOf(await a.call('drafts:get', { id: draft.id }));
    valueOf(await a.call('drafts:save', { id: draft.id, baseVersion: onA.version, changes: { headline: 'Headline from A' } }));
    draftDesk(a.db).hasUnsyncedEdits = () => true;
    draftDesk(b.db).hasUnsyncedEdits = () => true;
    applyDeskUpdate(draftDesk(a.db), draftDocName(draft.id), stateOf(b, draft.id), 'server');
    applyDeskUpdate(draftDesk(b.db), draftDocName(draft.id), stateOf(a, draft.id), 'server');
    applyDeskUpdate(draftDesk(a.db), draftDocName(draft.id), stateOf(b, draft.id), 'server');
    const winner = valueOf(await a.call('drafts:get', { id: draft.id })).headline;
    expect(valueOf(await b.call('drafts:get', { id: draft.id })).headline).toBe(winner);
    const loser = winner === 'Headline from A' ? 'Headline from B' : 'Headline from A';
    for (const engine of [a, b]) {
      const kept = valueOf(await engine.call('revisions:list', { draftId: draft.id }));
      expect(kept.map((revision) => revision.headline)).toContain(loser);
    }
  });

  it('compacts a long update log into one update holding the same document', async () => {
    const engine = engineOn(tempDb());
    let draft = valueOf(await engine.call('drafts:create', { changes: { body: doc('') } }));
    let text = '';
    for (let index = 0; index < COMPACT_AFTER_UPDATES + 20; index += 1) {
      text += 'x';
      draft = valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { body: doc(text) } }));
    }
    const name = draftDocName(draft.id);
    const logged = engine.db.prepare('SELECT count(*) FROM doc_updates WHERE doc = ?').pluck().get(name);
    expect(logged).toBeLessThan(COMPACT_AFTER_UPDATES);
    const desk = draftDesk(engine.db);
    desk.docs.clear();
    expect(paragraphs(readBody(openDoc(desk, name)))).toEqual([text]);
  });
});
