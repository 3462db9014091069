import { useSyncExternalStore } from 'react';

/** A toolbar action's report: one sentence, then the points it left (shown as a list). */
export type ToolbarReport = { summary: string; details: string[] };

let report: ToolbarReport | null = null;
const listeners = new Set<() => void>();

/** Shows a report under the toolbar (null clears it). */
export function showToolbarReport(next: ToolbarReport | null): void {
  if (next === report) return;
  report = next;
  for (const listener of listeners) listener();
}

/** The report on show, for the line under the toolbar. */
export function useToolbarReport(): ToolbarReport | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => report,
  );
}
