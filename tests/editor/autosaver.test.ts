// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Result } from '../../electron/shared/contract/result';
import type { Draft, DraftChanges } from '../../electron/shared/model/draft';
import { Autosaver } from '../../renderer/src/editor/autosave/autosaver';
import { describeSaveState, type SaveState } from '../../renderer/src/editor/autosave/saveState';
import { FakeClock, settle } from './fakeClock';

const DRAFT_ID = '0b0f5d1e-6f4c-4a43-9d4b-1f3a5c7e9b21';

type Call = { at: number; baseVersion: number; changes: DraftChanges; resolve: (result: Result<Draft>) => void };

/** A store whose saves wait until the test answers them, so in-flight behaviour can be seen. */
function controlledStore(clock: FakeClock) {
  const calls: Call[] = [];
  let version = 1;
  const save = (input: { id: string; baseVersion: number; changes: DraftChanges }) =>
    new Promise<Result<Draft>>((resolve) => calls.push({ at: clock.now(), baseVersion: input.baseVersion, changes: input.changes, resolve }));
  const succeed = (call: Call | undefined) => {
    if (!call) throw new Error('No save was made.');
    version += 1;
    call.resolve({ ok: true, value: draftAt(version) });
  };
  const fail = (call: Call | undefined, code: 'storage' | 'conflict', message: string) => {
    if (!call) throw new Error('No save was made.');
    call.resolve({ ok: false, error: { code, message } });
  };
  return { calls, save, succeed, fail };
}

function draftAt(version: number): Draft {
  return {
    id: DRAFT_ID, kicker: '', headline: '', dek: '', authorName: '', authorBio: '', dateline: '', section: '', tags: [], language: 'en',
    seoTitle: '', seoDescription: '', leadImage: null, slug: '', slugLocked: false, status: 'draft', publishedUrl: null, publishedAt: null,
    body: { type: 'doc', content: [] }, wordCount: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, version,
  };
}

function setup() {
  const clock = new FakeClock();
  const store = controlledStore(clock);
  const states: SaveState[] = [];
  const autosaver = new Autosaver({ draftId: DRAFT_ID, baseVersion: 1, save: store.save, timers: clock, idleMs: 300, maxWaitMs: 700, onStateChange: (state) => states.push(state) });
  return { clock, store, states, autosaver };
}

describe('Autosaver', () => {
  it('saves after a quiet moment', async () => {
    const { clock, store, autosaver } = setup();
    autosaver.update({ headline: 'Storm' });
    await clock.advance(299);
    expect(store.calls).toHaveLength(0);
    await clock.advance(1);
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]?.changes).toEqual({ headline: 'Storm' });
    store.succeed(store.calls[0]);
    await settle();
    expect(autosaver.state.kind).toBe('saved');
  });

  it('never leaves continuous typing unsaved for more than the maximum wait', async () => {
    const { clock, store, autosaver } = setup();
    const answered: Call[] = [];
    let text = '';
    // 100 keys over 5 s, never a pause longer than 50 ms; each save takes 20 ms.
    for (let key = 0; key < 100; key += 1) {
      text += 'a';
      autosaver.update({ headline: text });
      await clock.advance(20);
      for (const call of store.calls.splice(0)) {
        answered.push(call);
        store.succeed(call);
      }
      await clock.advance(30);
    }
    const starts = [0, ...answered.map((call) => call.at)];
    const gaps = starts.slice(1).map((at, index) => at - (starts[index] ?? 0));
    expect(answered.length).toBeGreaterThanOrEqual(6);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(720);
  });

  it('keeps one save in flight and sends later edits after it, on the version it returned', async () => {
    const { clock, store, autosaver } = setup();
    autosaver.update({ headline: 'One' });
    await clock.advance(300);
    autosaver.update({ headline: 'Two', kicker: 'Live' });
    await clock.advance(1000);
    expect(store.calls).toHaveLength(1);
    store.succeed(store.calls[0]);
    await clock.advance(0);
    expect(store.calls).toHaveLength(2);
    expect(store.calls[1]?.baseVersion).toBe(2);
    expect(autosaver.state.kind).toBe('saving');
    expect(store.calls[1]?.changes).toEqual({ headline: 'Two', kicker: 'Live' });
  });

  it('keeps the edits of a failed save and retries them with backoff', async () => {
    const { clock, store, autosaver, states } = setup();
    autosaver.update({ dek: 'First words' });
    await clock.advance(300);
    store.fail(store.calls[0], 'storage', 'The disk is full.');
    await settle();
    expect(describeSaveState(autosaver.state)).toBe('Save failed, retrying: The disk is full.');
    await clock.advance(999);
    expect(store.calls).toHaveLength(1);
    await clock.advance(1);
    expect(store.calls[1]?.changes).toEqual({ dek: 'First words' });
    store.fail(store.calls[1], 'storage', 'The disk is full.');
    await settle();
    await clock.advance(1999);
    expect(store.calls).toHaveLength(2);
    await clock.advance(1);
    store.succeed(store.calls[2]);
    await settle();
    expect(autosaver.state.kind).toBe('saved');
    expect(states.map((state) => state.kind)).toContain('failed');
  });

  it('merges edits made while a save fails, newest winning', async () => {
    const { clock, store, autosaver } = setup();
    autosaver.update({ headline: 'Old', kicker: 'K' });
    await clock.advance(300);
    autosaver.update({ headline: 'New' });
    store.fail(store.calls[0], 'storage', 'Busy.');
    await clock.advance(1000);
    expect(store.calls.at(-1)?.changes).toEqual({ headline: 'New', kicker: 'K' });
  });

  it('stops on a conflict, keeps the edits, and resumes on the version chosen', async () => {
    const { clock, store, autosaver } = setup();
    autosaver.update({ headline: 'Mine' });
    await clock.advance(300);
    store.fail(store.calls[0], 'conflict', 'The draft was changed elsewhere.');
    await settle();
    expect(autosaver.state.kind).toBe('conflict');
    autosaver.update({ kicker: 'Still mine' });
    await clock.advance(60_000);
    expect(store.calls).toHaveLength(1);
    expect(autosaver.hasUnsavedChanges).toBe(true);
    expect(await autosaver.flush()).toBe(false);

    autosaver.resolveConflict(7, { headline: 'Mine', kicker: 'Still mine', dek: 'All of it' });
    await clock.advance(300);
    expect(store.calls[1]?.baseVersion).toBe(7);
    expect(store.calls[1]?.changes).toEqual({ headline: 'Mine', kicker: 'Still mine', dek: 'All of it' });
  });

  it('flush saves at once and resolves when the store has everything', async () => {
    const { store, autosaver } = setup();
    autosaver.update({ section: 'World' });
    const flushed = autosaver.flush();
    await settle();
    expect(store.calls).toHaveLength(1);
    store.succeed(store.calls[0]);
    await expect(flushed).resolves.toBe(true);
    expect(autosaver.hasUnsavedChanges).toBe(false);
  });

  it('flush waits for the save in flight and then saves what came after', async () => {
    const { clock, store, autosaver } = setup();
    autosaver.update({ section: 'World' });
    await clock.advance(300);
    autosaver.update({ section: 'Europe' });
    const flushed = autosaver.flush();
    store.succeed(store.calls[0]);
    await settle();
    expect(store.calls[1]?.changes).toEqual({ section: 'Europe' });
    store.succeed(store.calls[1]);
    await expect(flushed).resolves.toBe(true);
  });

  it('holds saves while an exclusive call runs and continues from its version', async () => {
    const { clock, store, autosaver } = setup();
    let finish: (result: Result<Draft>) => void = () => {};
    const exclusive = autosaver.runExclusive(() => new Promise<Result<Draft>>((resolve) => (finish = resolve)));
    await settle();
    autosaver.update({ headline: 'During' });
    await clock.advance(2000);
    expect(store.calls).toHaveLength(0);
    finish({ ok: true, value: draftAt(12) });
    await exclusive;
    await clock.advance(300);
    expect(store.calls[0]?.baseVersion).toBe(12);
  });

  it('shows the statuses the status bar names', () => {
    expect(describeSaveState({ kind: 'saving' })).toBe('Saving…');
    expect(describeSaveState({ kind: 'saved' })).toBe('Saved');
  });
});
