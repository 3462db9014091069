import { useEffect, useRef } from 'react';
import type { ShellCommand } from '../../../electron/shared/contract/index';
import { hasNewsdeskApi, newsdeskApi } from '../api/newsdeskApi';
import type { FlushRegistry } from './flushRegistry';

/**
 * Wires the shell's events to the app: menu commands to `onCommand`, and the flush the shell asks
 * for before closing the window. The page also flushes itself when it is hidden or unloaded.
 */
export function useShellEvents(registry: FlushRegistry, onCommand: (command: ShellCommand) => void): void {
  const commandRef = useRef(onCommand);
  commandRef.current = onCommand;

  useEffect(() => {
    if (!hasNewsdeskApi()) return undefined;
    const events = newsdeskApi().events;
    const stopCommands = events.onCommand((command) => commandRef.current(command));
    // The shell waits until every edit is stored; a flush that could not store them all answers "not ok".
    const stopFlush = events.onFlushRequest(async () => {
      if (!(await registry.flushAll())) throw new Error('Some edits could not be saved.');
    });
    const handleHidden = () => {
      if (document.visibilityState === 'hidden') void registry.flushAll();
    };
    const handlePageHide = () => void registry.flushAll();
    document.addEventListener('visibilitychange', handleHidden);
    window.addEventListener('pagehide', handlePageHide);
    return () => {
      stopCommands();
      stopFlush();
      document.removeEventListener('visibilitychange', handleHidden);
      window.removeEventListener('pagehide', handlePageHide);
    };
  }, [registry]);
}
