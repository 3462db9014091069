import { promises as fs } from 'node:fs';
import { contentTypeFor } from './contentTypeFor';
import { isInside, resolveAppFile } from './resolveAppFile';

/** A response for the app's custom protocol, ready to wrap in a fetch `Response`. */
export type AppFileResponse = {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
};

/**
 * Answers one request of the page for `app://newsdesk/…`: the file from the built page with its
 * content type and the Content-Security-Policy, or a plain 403/404/405. Only GET and HEAD are served,
 * and only files whose real path stays inside `root`.
 */
export async function serveAppFile(root: string, request: { url: string; method: string }, policy: string): Promise<AppFileResponse> {
  const headers = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Method not allowed' };
  }
  const filePath = resolveAppFile(root, request.url);
  if (filePath === null) {
    return { status: 403, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Forbidden' };
  }
  const realFile = await realFileInside(root, filePath);
  if (realFile === null) {
    return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  }
  const body = request.method === 'HEAD' ? '' : await fs.readFile(realFile);
  return { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(realFile) }, body };
}

async function realFileInside(root: string, filePath: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(filePath)]);
    if (!isInside(realRoot, realFile)) return null;
    const stat = await fs.stat(realFile);
    return stat.isFile() ? realFile : null;
  } catch {
    return null;
  }
}
