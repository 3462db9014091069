import { useSyncExternalStore } from 'react';

/** Whether the related-link dialog is open, and on which link when editing one. */
export type RelatedDialogState = { open: false } | { open: true; editPosition: number | null };

let state: RelatedDialogState = { open: false };
const listeners = new Set<() => void>();

function set(next: RelatedDialogState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Opens the dialog to insert a link, or to edit the related link at `editPosition`. */
export function openRelatedDialog(editPosition: number | null = null): void {
  set({ open: true, editPosition });
}

/** Closes the dialog. */
export function closeRelatedDialog(): void {
  set({ open: false });
}

/** The dialog's state for the component that shows it. */
export function useRelatedDialog(): RelatedDialogState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
