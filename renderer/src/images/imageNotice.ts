import { useSyncExternalStore } from 'react';

/** What the last picture action has to say: a refusal (alert) or what was stripped or left out (status). */
export type ImageNotice = { kind: 'error' | 'info'; message: string } | null;

let current: ImageNotice = null;
const listeners = new Set<() => void>();

/** Shows a notice about pictures (replacing the last one); null clears it. */
export function showImageNotice(notice: ImageNotice): void {
  current = notice;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current picture notice, for the toolbar to show. */
export function useImageNotice(): ImageNotice {
  return useSyncExternalStore(subscribe, () => current);
}
