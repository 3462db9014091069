/** The window event the app sends when the menu's File > Export… is chosen; the open editor answers it. */
export const EXPORT_COMMAND_EVENT = 'newsdesk:export';

/** Asks the open draft's editor to start "Export HTML". */
export function requestExport(): void {
  window.dispatchEvent(new Event(EXPORT_COMMAND_EVENT));
}
