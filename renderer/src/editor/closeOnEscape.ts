import type { KeyboardEvent } from 'react';

/** Escape inside a side panel closes it (unless something inside, a menu or a field, used the key). */
export function closeOnEscape(event: KeyboardEvent, onClose: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  onClose();
}
