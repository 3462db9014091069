import { useEffect, useState } from 'react';
import type { StoreRecovery } from '../../../electron/shared/contract/store';
import { hasNewsdeskApi } from '../api/newsdeskApi';
import { request } from '../api/request';

/**
 * Tells the reporter, once per start, that the drafts file was found damaged and set aside: where
 * it is now, what opened instead, and a button that shows the file in the file manager (the page
 * never names the path; the store knows which file it set aside).
 */
export function RecoveryNotice() {
  const [recovered, setRecovered] = useState<StoreRecovery | null>(null);
  const [revealError, setRevealError] = useState<string | null>(null);

  useEffect(() => {
    if (!hasNewsdeskApi()) return;
    let live = true;
    void request((api) => api.store.status({})).then((status) => {
      if (live && status.ok) setRecovered(status.value.recovered);
    });
    return () => {
      live = false;
    };
  }, []);

  if (recovered === null) return null;
  const reveal = async () => {
    const shown = await request((api) => api.store.revealRecovered({}));
    setRevealError(shown.ok ? null : `Could not show the file: ${shown.error.message}`);
  };
  return (
    <section className="notice notice--warning" role="alert" aria-labelledby="recovery-notice-title">
      <div className="notice__text">
        <strong id="recovery-notice-title">Your drafts file was damaged and has been set aside.</strong>
        <p className="notice__detail">{recovered.message}</p>
        {revealError ? <p className="notice__detail">{revealError}</p> : null}
      </div>
      <button type="button" className="button" onClick={() => void reveal()}>
        Show the damaged file
      </button>
      <button type="button" className="button button--quiet" onClick={() => setRecovered(null)}>
        Dismiss
      </button>
    </section>
  );
}
