import { describeSaveState, type SaveState, type SaveStates } from './saveState';
import { systemTimers, type Timers } from './timers';

/** How long the draft stays saved, with no new edit, before the status says "Saved". */
export const SAVED_SETTLE_MS = 400;

/** What the status region shows: its words and the state's kind (for its colour). */
export type SaveStatusShown = { kind: SaveState['kind']; words: string };

/**
 * Follows the save states and tells `show` what the status region should say, only when that changes.
 * While the reporter types, each batch of keys is saved within a fraction of a second, and the state
 * goes saved, unsaved, saving, saved again several times a second. Shown as it is, the region would
 * flicker and a screen reader would read out "Saving…", "Saved" at every pause between two words; and
 * each change written to the page inside a keystroke costs that keystroke. So "Saving…" (and a
 * failure) is shown at once, the first key after a pause: the region never says "Saved" while an edit
 * is not stored. "Saved" is shown once the draft has stayed saved for SAVED_SETTLE_MS.
 * Returns a function that stops following.
 */
export function followSaveStatus(saveStates: SaveStates, show: (shown: SaveStatusShown) => void, timers: Timers = systemTimers): () => void {
  let shown: SaveStatusShown | null = null;
  let settle: unknown = null;
  const showState = (state: SaveState) => {
    const words = describeSaveState(state);
    if (shown?.kind === state.kind && shown.words === words) return;
    shown = { kind: state.kind, words };
    show(shown);
  };
  const stopSettling = () => {
    if (settle !== null) timers.clearTimeout(settle);
    settle = null;
  };
  const follow = () => {
    const state = saveStates.get();
    if (state.kind !== 'saved') {
      stopSettling();
      // "Saving…" and "Saving…" again (unsaved, then saving) read the same: nothing to write.
      if (state.kind === 'failed' || shown === null || shown.kind === 'saved' || shown.kind === 'failed') showState(state);
      return;
    }
    if (shown === null) {
      showState(state);
      return;
    }
    if (settle !== null) return;
    settle = timers.setTimeout(() => {
      settle = null;
      const now = saveStates.get();
      if (now.kind === 'saved') showState(now);
    }, SAVED_SETTLE_MS);
  };
  follow();
  const unsubscribe = saveStates.subscribe(follow);
  return () => {
    unsubscribe();
    stopSettling();
  };
}
