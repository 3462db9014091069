import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../electron/shared/model/draft';
import { request } from '../../api/request';
import type { FlushRegistry } from '../../app/flushRegistry';
import { Autosaver } from './autosaver';
import type { SaveState } from './saveState';

/**
 * One autosaver for the open draft, its state for the status bar, and its flush registered with the
 * app (navigation, window close, page hidden). On unmount whatever is pending is still saved.
 */
export function useAutosaver(draft: Draft, registry: FlushRegistry, onSaved: (draft: Draft) => void): { autosaver: Autosaver; saveState: SaveState } {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [autosaver] = useState(
    () =>
      new Autosaver({
        draftId: draft.id,
        baseVersion: draft.version,
        save: (input) => request((api) => api.drafts.save(input)),
        onStateChange: setSaveState,
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

  return { autosaver, saveState };
}
