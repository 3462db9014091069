import type { Database } from 'better-sqlite3';
import type { AppFileResponse } from '../shell/serveAppFile';
import { appProtocol } from '../shell/appProtocol';
import { readImageCopy } from './getImage';

const IMAGE_PATH = /^\/images\/([0-9a-f]{64})-([1-9][0-9]{0,4})(?:\.(?:jpg|png|webp|gif))?$/;
const contentTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' } as const;

/** Whether a request of the page is for a stored picture (`app://newsdesk/images/…`). */
export function isImageRequest(requestUrl: string): boolean {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${appProtocol.scheme}:` && url.host === appProtocol.host && url.pathname.startsWith('/images/');
  } catch {
    return false;
  }
}

/**
 * Answers `app://newsdesk/images/<hex>-<width>[.ext]` from the store: the copy widest without
 * passing `width`, with its own content type and the page's CSP; 404 for anything else under
 * `/images/`. The same names as the exported `images/` folder, so the export preview shows them.
 */
export function serveImage(db: Database, request: { url: string; method: string }, policy: string): AppFileResponse {
  const headers = { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const notFound = { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Method not allowed' };
  const match = IMAGE_PATH.exec(new URL(request.url).pathname);
  if (match === null || match[1] === undefined || match[2] === undefined) return notFound;
  const copy = db.open ? readImageCopy(db, `sha256-${match[1]}`, Number(match[2])) : null;
  if (copy === null) return notFound;
  // Stored by content hash: the bytes at a name never change.
  const imageHeaders = { ...headers, 'Content-Type': contentTypes[copy.format], 'Cache-Control': 'private, max-age=31536000, immutable' };
  return { status: 200, headers: imageHeaders, body: request.method === 'HEAD' ? '' : new Uint8Array(copy.bytes) };
}
