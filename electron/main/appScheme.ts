import { protocol } from 'electron';
import { appProtocol } from '../core/shell/appProtocol';
import { serveAppFile } from '../core/shell/serveAppFile';

/** Declares `app:` a standard, secure scheme. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appProtocol.scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `app://newsdesk/…` from the built page only, every response carrying the CSP. */
export function serveAppScheme(rendererRoot: string, policy: string): void {
  protocol.handle(appProtocol.scheme, async (request) => {
    const response = await serveAppFile(rendererRoot, { url: request.url, method: request.method }, policy);
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
