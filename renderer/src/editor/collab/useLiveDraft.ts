import { useEffect, useState } from 'react';
import type { LiveEvent } from '../../../../electron/shared/contract/live';
import { base64ToBytes } from '../../../../electron/shared/sync/base64';
import { hasNewsdeskApi, newsdeskApi } from '../../api/newsdeskApi';
import { request } from '../../api/request';
import type { FlushRegistry } from '../../app/flushRegistry';
import { LiveDraft } from './liveDraft';

export type LiveDraftLoad = { live: LiveDraft | null; error: string | null };

function listen(callback: (event: LiveEvent) => void): () => void {
  return hasNewsdeskApi() ? newsdeskApi().events.onLiveEvent(callback) : () => {};
}

/**
 * Opens the draft's live document for as long as the editor shows this draft: the engine's state, then its
 * updates and presence as events (heard from before the state is asked for, so none is missed). The live
 * draft's flush is registered with the app; on leaving, what is pending is still stored before it closes.
 */
export function useLiveDraft(draftId: string, registry: FlushRegistry): LiveDraftLoad {
  const [load, setLoad] = useState<LiveDraftLoad>({ live: null, error: null });
  useEffect(() => {
    let live: LiveDraft | null = null;
    let stopped = false;
    const early: LiveEvent[] = [];
    const handle = (event: LiveEvent) => {
      if (event.kind === 'library' || event.draftId !== draftId) return;
      if (live === null) early.push(event);
      else if (event.kind === 'update') live.receive(event.update);
      else live.showPeople(event.people);
    };
    const stopEvents = listen(handle);
    let unregister = () => {};
    void request((api) => api.live.open({ draftId })).then((opened) => {
      if (stopped) return;
      if (!opened.ok) return setLoad({ live: null, error: `This draft could not be opened: ${opened.error.message}` });
      const current = new LiveDraft({
        draftId,
        state: base64ToBytes(opened.value.state),
        slug: opened.value.slug,
        push: (input) => request((api) => api.live.push(input)),
      });
      current.showPeople(opened.value.people);
      live = current;
      for (const event of early.splice(0)) handle(event);
      unregister = registry.register(() => current.flush());
      setLoad({ live: current, error: null });
    });
    return () => {
      stopped = true;
      stopEvents();
      unregister();
      const closing = live;
      if (closing === null) return;
      closing.dispose();
      void closing.flush().then(() => request((api) => api.live.close({ draftId })));
    };
  }, [draftId, registry]);
  return load;
}
