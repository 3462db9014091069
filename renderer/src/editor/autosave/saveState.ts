import type { AppErrorShape } from '../../../../electron/shared/contract/result';
import type { ValueStore } from '../collab/valueStore';

/** Where the draft's edits stand, as the status bar tells it. */
export type SaveState =
  | { kind: 'saved'; at?: number }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppErrorShape; retryInMs: number; attempts: number };

/** The words the status region shows for a state. */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Save failed, retrying: ${state.error.message}`;
  }
}

/** The save state as a store, so that only what shows it follows it (not the whole editor screen). */
export type SaveStates = ValueStore<SaveState>;
