import { useEffect, useRef } from 'react';

export type AppShortcuts = {
  onNewDraft: () => void;
  onBackToLibrary: () => void;
};

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
}

const isMac = /Mac/i.test(navigator.platform);

/**
 * The app's own keys in the page (the menu has the same accelerators; both may fire, and the
 * actions are safe to run twice): Ctrl+N a new draft; Ctrl+Shift+L or Alt+Left back to the library
 * (not Option+Left in a Mac text field, where it moves by word).
 */
export function useAppShortcuts(shortcuts: AppShortcuts): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.altKey && !event.shiftKey && key === 'n') {
        event.preventDefault();
        current.current.onNewDraft();
      } else if ((command && event.shiftKey && !event.altKey && key === 'l') || (event.altKey && !command && !event.shiftKey && event.key === 'ArrowLeft' && !(isMac && isEditable(event.target)))) {
        event.preventDefault();
        current.current.onBackToLibrary();
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}
