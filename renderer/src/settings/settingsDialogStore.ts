import { useSyncExternalStore } from 'react';

let open = false;
// What had focus when the dialog opened; it gets focus back when the dialog closes.
let opener: HTMLElement | null = null;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

/** Opens the "Site settings" dialog (from the menu command `settings` or a button). */
export function openSiteSettings(): void {
  if (open) return;
  opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  set(true);
}

/** Closes the "Site settings" dialog; focus goes back to where it was. */
export function closeSiteSettings(): void {
  set(false);
  if (opener?.isConnected) opener.focus();
  opener = null;
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
