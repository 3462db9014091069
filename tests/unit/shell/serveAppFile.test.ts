import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../electron/core/shell/resolveAppFile';
import { serveAppFile } from '../../../electron/core/shell/serveAppFile';

const policy = "default-src 'self'";
let folder: string;
let root: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-serve-'));
  root = path.join(folder, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Newsdesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(folder, 'newsdesk.sqlite'), 'SECRET DRAFTS');
  fs.symlinkSync(path.join(folder, 'newsdesk.sqlite'), path.join(root, 'assets', 'link.js'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const get = (url: string) => serveAppFile(root, { url, method: 'GET' }, policy);
const text = (body: Uint8Array | string) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('serveAppFile', () => {
  it('serves the page at / with its CSP and a module-script content type for JavaScript', async () => {
    const page = await get('app://newsdesk/');
    expect(page.status).toBe(200);
    expect(text(page.body)).toContain('<title>Newsdesk</title>');
    expect(page.headers['Content-Security-Policy']).toBe(policy);
    expect(page.headers['Content-Type']).toMatch(/^text\/html/);
    const script = await get('app://newsdesk/assets/app-1234.js');
    expect(script.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(script.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('never serves a file outside the built page, however the path is written', async () => {
    for (const url of [
      'app://newsdesk/../newsdesk.sqlite',
      'app://newsdesk/%2e%2e/newsdesk.sqlite',
      'app://newsdesk/assets/..%2f..%2fnewsdesk.sqlite',
      'app://newsdesk/..%5cnewsdesk.sqlite',
      'app://newsdesk/%00index.html',
      'app://newsdesk/assets/link.js',
      'app://newsdesk/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect(text(response.body), url).not.toContain('SECRET');
    }
  });

  it('refuses other hosts and schemes, answers 404 for missing files and 405 for writes', async () => {
    expect((await get('app://other/index.html')).status).toBe(403);
    expect((await get('file:///etc/passwd')).status).toBe(403);
    expect((await get('app://newsdesk/missing.js')).status).toBe(404);
    expect((await get('app://newsdesk/assets')).status).toBe(404);
    expect((await serveAppFile(root, { url: 'app://newsdesk/index.html', method: 'POST' }, policy)).status).toBe(405);
  });

  it('maps URLs lexically inside the root', () => {
    expect(resolveAppFile(root, 'app://newsdesk/assets/app-1234.js')).toBe(path.join(root, 'assets', 'app-1234.js'));
    expect(resolveAppFile(root, 'app://newsdesk/')).toBe(path.join(root, 'index.html'));
    // The URL parser already folds dot segments, even encoded ones, back into the root.
    expect(resolveAppFile(root, 'app://newsdesk/%2e%2e/x')).toBe(path.join(root, 'x'));
    expect(resolveAppFile(root, 'app://newsdesk/a/..%2f..%2fx')).toBeNull();
  });
});
