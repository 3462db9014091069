import { escapeHtml } from '../../../electron/shared/model/escapeHtml';

/** Where the built app keeps the exported page's stylesheet (emitted by vite.config.ts). */
export const EXPORT_STYLESHEET = 'export-page.css';

/**
 * The exported page, made fit for the sandboxed preview frame: the app's Content-Security-Policy
 * (which the frame inherits) refuses inline `<style>`, so the page's stylesheet is linked from the
 * app's own copy of the same rules instead. Scripts stay off through the frame's sandbox.
 */
export function previewDocument(html: string, baseUrl: string): string {
  const href = new URL(EXPORT_STYLESHEET, baseUrl).href;
  return html.replace(/<style>[\s\S]*?<\/style>/, `<link rel="stylesheet" href="${escapeHtml(href)}">`);
}
