import type { AppErrorShape } from '../../../../electron/shared/contract/result';

/** Where the draft's edits stand, as the status bar tells it. */
export type SaveState =
  | { kind: 'saved'; at?: number }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppErrorShape; retryInMs: number; attempts: number }
  | { kind: 'conflict'; error: AppErrorShape };

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
    case 'conflict':
      return 'Not saved: this draft was changed elsewhere';
  }
}
