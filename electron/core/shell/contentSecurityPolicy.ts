/** What the policy is for: the packaged page, or the Vite dev server in development. */
export type PolicyOptions = {
  /** The dev server's origin (e.g. `http://localhost:5173`) when developing; absent otherwise. */
  devServerOrigin?: string;
};

/**
 * The Content-Security-Policy of the app's page, sent as a response header.
 *
 * - Scripts only from the app itself: no inline script, no eval, no remote code.
 * - Styles from the app's files; inline `style="…"` attributes only (ProseMirror and Tiptap set them
 *   on nodes), never inline `<style>` elements.
 * - Images from the app only: stored pictures come through `app://newsdesk/images/…`; no `data:`, `blob:`,
 *   `file:` or remote picture is ever loaded by the editor (a pasted one is stored first).
 * - The export preview is an `<iframe sandbox srcdoc>`. A srcdoc document loads without a fetch, so it
 *   needs no frame source at all: `frame-src 'none'` still shows it and keeps every other page out.
 *   The srcdoc document inherits this policy: no scripts, and its styles must come from a stylesheet
 *   of the app (`<link rel="stylesheet" href="/…css">`) or style attributes, not a `<style>` element.
 * - In development only, the Vite dev server needs inline scripts and styles (React refresh, HMR) and
 *   its websocket.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const dev = options.devServerOrigin;
  const devWebSocket = dev ? dev.replace(/^http/, 'ws') : undefined;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(dev ? [dev, "'unsafe-inline'"] : [])],
    ['style-src', "'self'", ...(dev ? [dev, "'unsafe-inline'"] : [])],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", ...(dev ? [dev] : [])],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(dev && devWebSocket ? [dev, devWebSocket] : [])],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['worker-src', "'none'"],
    ['frame-src', "'none'"],
    ['child-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}
