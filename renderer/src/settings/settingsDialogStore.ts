import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

/** Opens the "Site settings" dialog (from the menu command `settings` or a button). */
export function openSiteSettings(): void {
  set(true);
}

/** Closes the "Site settings" dialog. */
export function closeSiteSettings(): void {
  set(false);
}

/** Whether the "Site settings" dialog is open. */
export function useSiteSettingsOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
