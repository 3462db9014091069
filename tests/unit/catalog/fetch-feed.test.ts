import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../electron/core/db/connect';
import { fetchFeed } from '../../../electron/core/catalog/fetchFeed';
import { importCatalogFeed } from '../../../electron/core/catalog/importCatalogFeed';
import { listCatalog } from '../../../electron/core/catalog/listCatalog';
import { refreshCatalogFeeds } from '../../../electron/core/catalog/refreshCatalogFeeds';

const rss = readFileSync(new URL('../../fixtures/feeds/world-rss.xml', import.meta.url), 'utf8');
const now = '2023-01-30T12:00:00.000Z';
let server: Server;
let base = '';
let feedVersion = 1;
const stalled: ServerResponse[] = [];

const relativeOnly = `<?xml version="1.0"?><rss version="2.0"><channel><title>Relative</title>
<item><title>Local story</title><link>/local/story-1</link></item></channel></rss>`;

function respond(path: string, response: ServerResponse): void {
  if (path === '/feed.xml') {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(feedVersion === 1 ? rss : rss.replace('Putin and Xi hold video call on military cooperation</title>', 'Putin and Xi hold a video call</title>'));
  } else if (path === '/relative.xml') {
    response.writeHead(200, { 'content-type': 'text/xml' });
    response.end(relativeOnly);
  } else if (path === '/page.html') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><html><head><title>Home</title></head><body>Hi</body></html>');
  } else if (path === '/big-declared.xml') {
    response.writeHead(200, { 'content-length': String(6 * 1024 * 1024) });
    response.end();
  } else if (path === '/big-streamed.xml') {
    response.writeHead(200, { 'content-type': 'text/xml' });
    const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->`;
    for (let index = 0; index < 100; index += 1) response.write(chunk);
    response.end();
  } else if (path === '/silent.xml') {
    stalled.push(response);
  } else if (path === '/moved.xml') {
    response.writeHead(301, { location: '/feed.xml' });
    response.end();
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not here');
  }
}

beforeAll(async () => {
  server = createServer((request, response) => respond(request.url ?? '/', response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of stalled) response.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchFeed', () => {
  it('downloads a feed and decodes it', async () => {
    const result = await fetchFeed(`${base}/feed.xml`);
    expect(result.text).toContain('Ukraine&#8217;s President Zelenskiy');
  });

  it('follows a redirect', async () => {
    expect((await fetchFeed(`${base}/moved.xml`)).url).toBe(`${base}/feed.xml`);
  });

  it('reports the HTTP status', async () => {
    await expect(fetchFeed(`${base}/missing.xml`)).rejects.toThrow(`The server answered 404 Not Found for ${base}/missing.xml.`);
  });

  it('gives up on a server that does not answer in time', async () => {
    await expect(fetchFeed(`${base}/silent.xml`, { timeoutMs: 200 })).rejects.toThrow(/^127\.0\.0\.1:\d+ did not answer within 0.2 seconds\. Try again later\.$/);
  });

  it('refuses a feed larger than the limit, declared or streamed', async () => {
    await expect(fetchFeed(`${base}/big-declared.xml`)).rejects.toThrow('The feed is too large (6 MB; the limit is 5 MB).');
    await expect(fetchFeed(`${base}/big-streamed.xml`, { maxBytes: 1024 * 1024 })).rejects.toThrow('The feed is too large (over 1 MB).');
  });

  it('says the computer may be offline when nothing listens or the host is unknown', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchFeed(`http://127.0.0.1:${port}/feed.xml`)).rejects.toThrow(`Could not connect to 127.0.0.1:${port} (ECONNREFUSED): the computer may be offline, or the site is down.`);
    await expect(fetchFeed('http://newsdesk-test.invalid/feed.xml')).rejects.toThrow(/^Could not (find newsdesk-test\.invalid|connect to newsdesk-test\.invalid)/);
  });

  it('refuses anything but http(s)', async () => {
    await expect(fetchFeed('file:///etc/passwd')).rejects.toThrow('Feeds are fetched over http or https only.');
    await expect(fetchFeed('not a url')).rejects.toThrow('That is not a web address.');
  });
});

describe('importing and refreshing from a URL', () => {
  let db: Database;
  beforeAll(() => {
    db = connect(':memory:');
  });
  afterAll(() => db.close());

  it('imports a feed from a URL, resolving relative links against it', async () => {
    await importCatalogFeed(db, `${base}/feed.xml`, { now });
    const report = await importCatalogFeed(db, `${base}/relative.xml`, { now });
    expect(report).toMatchObject({ format: 'rss', added: 1 });
    expect(listCatalog(db, { offset: 0, limit: 50 }).items.map((item) => item.url)).toContain(`${base}/local/story-1`);
  });

  it('says a web page is not a feed', async () => {
    await expect(importCatalogFeed(db, `${base}/page.html`, { now })).rejects.toThrow(/This is a web page, not a feed/);
  });

  it('remembers feed URLs and refreshes them, reporting a feed that fails', async () => {
    feedVersion = 2;
    const listing = listCatalog(db, { offset: 0, limit: 50 });
    expect(listing.feeds.map((feed) => feed.url)).toEqual([`${base}/feed.xml`, `${base}/relative.xml`]);
    const results = await refreshCatalogFeeds(db, { now });
    expect(results.map((result) => result.error)).toEqual([null, null]);
    expect(listCatalog(db, { offset: 0, limit: 50 }).items.map((item) => item.title)).toContain('Putin and Xi hold a video call');
    db.prepare("INSERT INTO catalog_feeds (url, title, last_imported_at) VALUES (?, '', ?)").run(`${base}/gone.xml`, now);
    const withGone = await refreshCatalogFeeds(db, { now });
    expect(withGone.find((result) => result.url.endsWith('/gone.xml'))?.error).toBe(`The server answered 404 Not Found for ${base}/gone.xml.`);
  });
});
