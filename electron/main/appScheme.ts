import { protocol } from 'electron';
import { appProtocol } from '../core/shell/appProtocol';
import type { Database } from 'better-sqlite3';
import { isImageRequest, serveImage } from '../core/images/serveImage';
import { serveAppFile } from '../core/shell/serveAppFile';

/** Declares `app:` a standard, secure scheme. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appProtocol.scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `app://newsdesk/…` from the built page and the picture store only, every response carrying the CSP. */
export function serveAppScheme(rendererRoot: string, policy: string, db: Database): void {
  protocol.handle(appProtocol.scheme, async (request) => {
    const target = { url: request.url, method: request.method };
    const response = isImageRequest(request.url) ? serveImage(db, target, policy) : await serveAppFile(rendererRoot, target, policy);
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
