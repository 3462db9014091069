import { readFile, stat } from 'node:fs/promises';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { CatalogImportReport, FeedItem } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { decodeFeedBytes } from './decodeFeedBytes';
import { fetchFeed, type FetchFeedOptions } from './fetchFeed';
import { parseFeed } from './parseFeed';
import { upsertCatalogItems } from './upsertCatalogItems';

/** When the import happens, and the download's limits. */
export type ImportOptions = { now: string; fetch?: FetchFeedOptions };

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const rememberFeed = statement<[string, string, string, number]>(
  `INSERT INTO catalog_feeds (url, title, last_imported_at, item_count) VALUES (?, ?, ?, ?)
   ON CONFLICT (url) DO UPDATE SET title = excluded.title, last_imported_at = excluded.last_imported_at, item_count = excluded.item_count`,
);

async function readFeedFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('unreadable_input', `${path} is not a file.`);
    if (info.size > MAX_FILE_BYTES) throw new AppError('unreadable_input', `${path} is too large for a feed (over 5 MB).`);
    return decodeFeedBytes(await readFile(path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable_input', `Could not read ${path}: no such file, or it cannot be opened.`);
  }
}

function uniqueByUrl(items: readonly FeedItem[]): FeedItem[] {
  const seen = new Map<string, FeedItem>();
  for (const item of items) if (!seen.has(item.url)) seen.set(item.url, item);
  return [...seen.values()];
}

/** True when the source names a web address rather than a file. */
export function isWebSource(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source.trim());
}

/**
 * Imports the website's articles into the catalog from a feed file or an http(s) URL (downloaded
 * here, in the main process). Articles are matched by URL, so re-importing updates them; a URL
 * source is remembered for `refreshCatalogFeeds`.
 */
export async function importCatalogFeed(db: Database, source: string, options: ImportOptions): Promise<CatalogImportReport> {
  const trimmed = source.trim();
  if (trimmed === '') throw new AppError('invalid_input', 'Give a feed file or a feed URL to import.');
  const web = isWebSource(trimmed);
  const { url, text } = web ? await fetchFeed(trimmed, options.fetch) : { url: null, text: await readFeedFile(trimmed) };
  const feed = parseFeed(text, url);
  const items = uniqueByUrl(feed.items);
  const counts = db.transaction(() => {
    const result = upsertCatalogItems(db, items, { source: 'feed', feedUrl: web ? trimmed : null, draftId: null, now: options.now });
    if (web) rememberFeed(db).run(trimmed, feed.title, options.now, items.length);
    return result;
  })();
  return { source: trimmed, format: feed.format, feedTitle: feed.title, ...counts, skipped: feed.skipped + feed.items.length - items.length };
}
