import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { AUTO_REVISION_INTERVAL_MS } from '../../../electron/core/revisions/autoRevisionIfDue';
import { Revision } from '../../../electron/shared/model/draft';
import { doc, errorOf, manualClock, memoryEngine, valueOf, type ManualClock } from '../support/testEngine';

let clock: ManualClock;
let engine: Engine;
beforeEach(() => {
  clock = manualClock();
  engine = memoryEngine(clock);
});
afterEach(() => engine.close());

const minute = 60_000;
const revisions = async (draftId: string) => valueOf(await engine.call('revisions:list', { draftId }));

async function newDraft() {
  return valueOf(await engine.call('drafts:create', { changes: {} }));
}

async function typeAndSave(draftId: string, text: string) {
  const current = valueOf(await engine.call('drafts:get', { id: draftId }));
  return valueOf(await engine.call('drafts:save', { id: draftId, baseVersion: current.version, changes: { body: doc(text) } }));
}

describe('revisions', () => {
  it('keeps a snapshot at most every five minutes of editing, holding the text as it was', async () => {
    const draft = await newDraft();
    expect(AUTO_REVISION_INTERVAL_MS).toBe(5 * minute);
    for (let minutes = 1; minutes <= 11; minutes += 1) {
      clock.advance(minute);
      await typeAndSave(draft.id, `Text after ${minutes} minutes`);
    }
    const autos = (await revisions(draft.id)).filter((revision) => revision.reason === 'auto');
    expect(autos.map((revision) => revision.createdAt)).toEqual(['2026-03-01T09:10:00.000Z', '2026-03-01T09:05:00.000Z']);
    const kept = valueOf(await engine.call('revisions:get', { id: autos[1]?.id ?? 0 }));
    expect(kept.body).toEqual(doc('Text after 4 minutes'));
  });

  it('keeps the first state of a draft created with content', async () => {
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Imported', body: doc('Original copy') } }));
    clock.advance(minute);
    await typeAndSave(draft.id, 'Mangled');
    const [first] = await revisions(draft.id);
    expect(first?.label).toBe('Created');
    expect(valueOf(await engine.call('revisions:get', { id: first?.id ?? 0 })).body).toEqual(doc('Original copy'));
  });

  it('keeps a labelled revision on demand', async () => {
    const draft = await newDraft();
    await typeAndSave(draft.id, 'Before the edit desk');
    const made = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: '  Sent to desk  ' }));
    expect(made).toMatchObject({ reason: 'manual', label: 'Sent to desk', version: 2, draftId: draft.id });
    const unlabelled = valueOf(await engine.call('revisions:create', { draftId: draft.id }));
    expect(unlabelled.label).toBeNull();
    const full = valueOf(await engine.call('revisions:get', { id: made.id }));
    expect(Revision.safeParse(full).success).toBe(true);
    expect(full.body).toEqual(doc('Before the edit desk'));
  });

  it('keeps a revision at every status change', async () => {
    const draft = await newDraft();
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'in_review' }));
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'approved' }));
    const list = await revisions(draft.id);
    expect(list.map((revision) => [revision.reason, revision.label])).toEqual([
      ['status', 'Approved'],
      ['status', 'In review'],
    ]);
  });

  it('lists revisions newest first', async () => {
    const draft = await newDraft();
    const first = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'one' }));
    const second = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'two' }));
    expect((await revisions(draft.id)).map((revision) => revision.id)).toEqual([second.id, first.id]);
  });

  it('restores a revision as a new version, keeping the replaced text and the restore as revisions', async () => {
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'First headline' } }));
    await typeAndSave(draft.id, 'Good paragraph');
    const good = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'good' }));
    const current = valueOf(await engine.call('drafts:get', { id: draft.id }));
    valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: current.version, changes: { headline: 'Worse headline', body: doc('Bad rewrite') } }));

    clock.advance(minute);
    const restored = valueOf(await engine.call('revisions:restore', { draftId: draft.id, revisionId: good.id }));
    expect(restored).toMatchObject({ headline: 'First headline', body: doc('Good paragraph'), version: 4, slug: 'first-headline' });

    const [restoreRevision, beforeRevision] = await revisions(draft.id);
    expect(restoreRevision).toMatchObject({ reason: 'restore', version: 4 });
    expect(restoreRevision?.label).toMatch(/^Restored version 2/);
    expect(beforeRevision).toMatchObject({ reason: 'restore', version: 3 });
    const before = valueOf(await engine.call('revisions:get', { id: beforeRevision?.id ?? 0 }));
    expect(before.body).toEqual(doc('Bad rewrite'));
    expect(before.fields.headline).toBe('Worse headline');
  });

  it('sends an approved draft back to review when a restore changes its text, and says why in the history', async () => {
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Council vote' } }));
    await typeAndSave(draft.id, 'First take');
    const first = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'first' }));
    const current = valueOf(await engine.call('drafts:get', { id: draft.id }));
    valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: current.version, changes: { body: doc('Approved take') } }));
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'approved' }));

    clock.advance(minute);
    const restored = valueOf(await engine.call('revisions:restore', { draftId: draft.id, revisionId: first.id }));
    expect(restored.status).toBe('in_review');
    expect(valueOf(await engine.call('drafts:get', { id: draft.id })).status).toBe('in_review');
    const [latest] = await revisions(draft.id);
    expect(latest?.label).toMatch(/back to In review, as the approved text changed/);
    const history = valueOf(await engine.call('drafts:statusHistory', { id: draft.id }));
    expect(history.map((change) => change.status)).toEqual(['draft', 'approved', 'in_review']);
  });

  it('keeps an approved draft approved when the restored version says the same', async () => {
    const draft = valueOf(await engine.call('drafts:create', { changes: { headline: 'Same text' } }));
    valueOf(await engine.call('drafts:setStatus', { id: draft.id, status: 'approved' }));
    const [approval] = await revisions(draft.id);
    const restored = valueOf(await engine.call('revisions:restore', { draftId: draft.id, revisionId: approval?.id ?? 0 }));
    expect(restored.status).toBe('approved');
  });

  it('refuses to restore a revision of another draft', async () => {
    const one = await newDraft();
    const other = await newDraft();
    const revision = valueOf(await engine.call('revisions:create', { draftId: other.id }));
    const error = errorOf(await engine.call('revisions:restore', { draftId: one.id, revisionId: revision.id }));
    expect(error.code).toBe('not_found');
  });

  it('says not_found for a revision that does not exist', async () => {
    expect(errorOf(await engine.call('revisions:get', { id: 999 })).code).toBe('not_found');
  });
});
