import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../electron/shared/contract/sync';
import { request } from '../api/request';

/** How often the page asks the engine where sync stands. */
const POLL_MS = 1000;

/** Where sync with the newsroom stands, kept fresh while the component is shown (null until first known). */
export function useSyncStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let current = true;
    const read = async () => {
      const result = await request((api) => api.sync.status({}));
      // The same status again is no change: no render every second while nothing moves.
      if (current && result.ok) setStatus((previous) => (previous !== null && JSON.stringify(previous) === JSON.stringify(result.value) ? previous : result.value));
    };
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, []);
  return [status, setStatus];
}
