/**
 * Export and import pull in the HTML renderer, a DOM and the Word reader (seconds on a slow
 * machine). They are loaded on first use, so a CLI command or the app's start does not pay for
 * them; an interactive host warms them up in the background with `preloadPublishing`.
 */
export const loadExport = () => import('./exportDraft');
export const loadSave = () => import('./saveExport');
export const loadImport = () => import('./importIntoDatabase');

/** Starts loading export and import now; failures surface later, on first use. */
export function preloadPublishing(): void {
  Promise.all([loadExport(), loadSave(), loadImport()]).catch(() => {});
}
