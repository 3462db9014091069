import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { CommentThread } from '../../../../electron/shared/model/comments';
import { readThreads, threadsOf } from '../../../../electron/shared/sync/commentThreadsDoc';

/**
 * The open draft's comment threads, read from its live document: the engine writes them (with the
 * author and time it knows), and every change, from this laptop or another, reaches the page with the
 * document's updates, so the panel follows at once.
 */
export function useCommentThreads(doc: Y.Doc): CommentThread[] {
  const cache = useRef<{ doc: Y.Doc; version: number; threads: CommentThread[] } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      const threads = threadsOf(doc);
      const changed = () => {
        version.current += 1;
        listener();
      };
      threads.observeDeep(changed);
      return () => threads.unobserveDeep(changed);
    },
    [doc],
  );
  const snapshot = () => {
    if (cache.current?.doc !== doc || cache.current.version !== version.current) cache.current = { doc, version: version.current, threads: readThreads(doc) };
    return cache.current.threads;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
