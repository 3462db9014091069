import { describe, expect, it } from 'vitest';
import { createValueStore } from '../../renderer/src/editor/collab/valueStore';
import type { SaveState } from '../../renderer/src/editor/autosave/saveState';
import { followSaveStatus, SAVED_SETTLE_MS, type SaveStatusShown } from '../../renderer/src/editor/autosave/saveStatusDisplay';
import { FakeClock } from './fakeClock';

function follow() {
  const clock = new FakeClock();
  const states = createValueStore<SaveState>({ kind: 'saved' });
  const shown: SaveStatusShown[] = [];
  const stop = followSaveStatus(states, (value) => shown.push(value), clock);
  const words = () => shown.map((value) => value.words);
  return { clock, states, shown, words, stop };
}

/** One batch of keys saved: unsaved at the first key, saving, then saved. */
function batchSaved(states: { set: (state: SaveState) => void }): void {
  states.set({ kind: 'unsaved' });
  states.set({ kind: 'saving' });
  states.set({ kind: 'saved' });
}

describe('the save status while a reporter types', () => {
  it('says "Saving…" at the first key and "Saved" once the draft has stayed saved, not at every batch in between', async () => {
    const { clock, states, words } = follow();
    expect(words()).toEqual(['Saved']);
    // Ten batches, 100 ms apart: the reporter types without a pause.
    for (let batch = 0; batch < 10; batch += 1) {
      batchSaved(states);
      await clock.advance(100);
    }
    expect(words()).toEqual(['Saved', 'Saving…']);
    await clock.advance(SAVED_SETTLE_MS);
    expect(words()).toEqual(['Saved', 'Saving…', 'Saved']);
  });

  it('never says "Saved" while an edit is not stored: a key during the settling shows "Saving…" still', async () => {
    const { clock, states, shown } = follow();
    batchSaved(states);
    await clock.advance(SAVED_SETTLE_MS - 10);
    states.set({ kind: 'unsaved' });
    await clock.advance(SAVED_SETTLE_MS * 2);
    expect(shown.at(-1)?.words).toBe('Saving…');
    states.set({ kind: 'saved' });
    await clock.advance(SAVED_SETTLE_MS);
    expect(shown.at(-1)?.words).toBe('Saved');
  });

  it('says a failure at once, and each new failure message', async () => {
    const { clock, states, shown } = follow();
    const failed = (message: string): SaveState => ({ kind: 'failed', error: { code: 'internal', message }, retryInMs: 1000, attempts: 1 });
    states.set({ kind: 'unsaved' });
    states.set(failed('The disk is full.'));
    expect(shown.at(-1)).toEqual({ kind: 'failed', words: 'Save failed, retrying: The disk is full.' });
    states.set(failed('The drafts store is busy.'));
    expect(shown.at(-1)?.words).toBe('Save failed, retrying: The drafts store is busy.');
    states.set({ kind: 'saving' });
    expect(shown.at(-1)).toEqual({ kind: 'saving', words: 'Saving…' });
    states.set({ kind: 'saved' });
    await clock.advance(SAVED_SETTLE_MS);
    expect(shown.at(-1)?.words).toBe('Saved');
  });

  it('writes nothing once the editor has closed', async () => {
    const { clock, states, shown, stop } = follow();
    batchSaved(states);
    const before = shown.length;
    stop();
    await clock.advance(SAVED_SETTLE_MS * 2);
    states.set({ kind: 'unsaved' });
    expect(shown).toHaveLength(before);
  });
});
