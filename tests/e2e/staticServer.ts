import { createServer, type Server } from 'node:http';
import { appProtocol } from '../../electron/core/shell/appProtocol';
import { contentSecurityPolicy } from '../../electron/core/shell/contentSecurityPolicy';
import { serveAppFile } from '../../electron/core/shell/serveAppFile';
import type { Database } from 'better-sqlite3';
import { isImageRequest, serveImage } from '../../electron/core/images/serveImage';

/** A running static server and its address. */
export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves the built page on 127.0.0.1 at a random port through the very code the Electron shell uses
 * for `app://newsdesk/` (same path checks, same Content-Security-Policy header), so browser tests run
 * the page under the policy it ships with.
 */
export async function startStaticServer(root: string, db?: Database): Promise<StaticServer> {
  const policy = contentSecurityPolicy();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const target = { url: `${appProtocol.scheme}://${appProtocol.host}${path}`, method: request.method ?? 'GET' };
    const answer = db !== undefined && isImageRequest(target.url) ? Promise.resolve(serveImage(db, target, policy)) : serveAppFile(root, target, policy);
    answer.then(
      (answer) => response.writeHead(answer.status, { ...answer.headers, 'Cache-Control': 'no-store' }).end(answer.body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
