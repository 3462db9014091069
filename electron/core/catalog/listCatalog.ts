import type { Database } from 'better-sqlite3';
import type { CatalogArticle, CatalogFeed } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { catalogColumns, rowToCatalogArticle, type CatalogRow } from './catalogRow';

type FeedRow = { url: string; title: string; last_imported_at: string; item_count: number };

const page = statement<[number, number], CatalogRow>(
  `SELECT ${catalogColumns} FROM catalog_articles ORDER BY published_at IS NULL, published_at DESC, id DESC LIMIT ? OFFSET ?`,
);
const total = statement<[], { total: number }>('SELECT count(*) AS total FROM catalog_articles');
const feeds = statement<[], FeedRow>('SELECT url, title, last_imported_at, item_count FROM catalog_feeds ORDER BY url');

/** A page of the catalog, newest first, with its size and the feeds it is refreshed from. */
export function listCatalog(db: Database, options: { offset: number; limit: number }): { items: CatalogArticle[]; total: number; feeds: CatalogFeed[] } {
  return {
    items: page(db).all(options.limit, options.offset).map((row) => rowToCatalogArticle(row)),
    total: total(db).get()?.total ?? 0,
    feeds: feeds(db).all().map((row) => ({ url: row.url, title: row.title, lastImportedAt: row.last_imported_at, itemCount: row.item_count })),
  };
}
