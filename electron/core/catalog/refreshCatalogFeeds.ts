import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { CatalogImportReport } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { importCatalogFeed, type ImportOptions } from './importCatalogFeed';

/** How one remembered feed fared in a refresh. */
export type FeedRefresh = { url: string; report: CatalogImportReport | null; error: string | null };

const feedUrls = statement<[], { url: string }>('SELECT url FROM catalog_feeds ORDER BY url');

/** Imports every remembered feed URL again; a feed that fails is reported and the others go on. */
export async function refreshCatalogFeeds(db: Database, options: ImportOptions): Promise<FeedRefresh[]> {
  const results: FeedRefresh[] = [];
  for (const { url } of feedUrls(db).all()) {
    try {
      results.push({ url, report: await importCatalogFeed(db, url, options), error: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ url, report: null, error: error.message });
    }
  }
  return results;
}
