import path from 'node:path';
import { appProtocol } from './appProtocol';

/**
 * Maps an `app://newsdesk/…` URL to a file under `root` (the built page, dist/renderer), or null when
 * the URL is for another scheme or host, is malformed, or would leave `root` (`..`, encoded
 * separators, backslashes, NUL bytes). `/` is the page's index.html. The check is lexical; the
 * caller also compares real paths so a symbolic link cannot lead outside either.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appProtocol.scheme}:` || url.host !== appProtocol.host) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const resolved = path.resolve(root, `.${relative}`);
  return isInside(root, resolved) ? resolved : null;
}

/** Whether `candidate` is `root` itself's descendant (never `root` or anything beside it). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
