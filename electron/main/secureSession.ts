import { shell, type Session, type WebContents } from 'electron';
import { isAllowedFrameNavigation } from '../core/shell/isAllowedFrameNavigation';
import { isExternalUrl } from '../core/shell/isExternalUrl';

/**
 * Locks down the session: every permission request and check is denied (the editor needs none), and
 * in development the dev server's responses get the same CSP as the packaged page.
 */
export function secureSession(session: Session, options: { policy: string; devServerOrigin?: string }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  const devServerOrigin = options.devServerOrigin;
  if (devServerOrigin === undefined) return;
  session.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [options.policy] } });
  });
}

/**
 * Guards every web contents the app creates: no `<webview>`, no navigation of the page, frames only to
 * srcdoc previews, and new windows never opened: web and mail links go to the system browser.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}
