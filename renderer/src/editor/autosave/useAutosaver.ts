import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../electron/shared/model/draft';
import { request } from '../../api/request';
import type { FlushRegistry } from '../../app/flushRegistry';
import { Autosaver } from './autosaver';
import type { SaveState } from './saveState';

/** The save state as a store, so that only what shows it follows it (not the whole editor screen). */
export type SaveStates = { get: () => SaveState; subscribe: (listener: () => void) => () => void };

function createSaveStates(): SaveStates & { set: (state: SaveState) => void } {
  let current: SaveState = { kind: 'saved' };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(state) {
      current = state;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * One autosaver for the open draft, its state (a store) for the status bar, and its flush registered with the
 * app (navigation, window close, page hidden). On unmount whatever is pending is still saved.
 */
export function useAutosaver(draft: Draft, registry: FlushRegistry, onSaved: (draft: Draft) => void): { autosaver: Autosaver; saveStates: SaveStates } {
  const [saveStates] = useState(createSaveStates);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [autosaver] = useState(
    () =>
      new Autosaver({
        draftId: draft.id,
        baseVersion: draft.version,
        save: (input) => request((api) => api.drafts.save(input)),
        onStateChange: saveStates.set,
        onSaved: (saved) => onSavedRef.current(saved),
      }),
  );

  useEffect(() => {
    const unregister = registry.register(async () => {
      await autosaver.flush();
    });
    return () => {
      unregister();
      void autosaver.flush();
    };
  }, [autosaver, registry]);

  return { autosaver, saveStates };
}
