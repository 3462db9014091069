import type { Database } from 'better-sqlite3';
import type { CatalogSource, FeedItem } from '../../shared/model/catalog';
import { statement } from '../db/statement';

/** Where the items come from, and when. */
export type UpsertOrigin = { source: CatalogSource; feedUrl: string | null; draftId: string | null; now: string };

const findId = statement<[string], { id: number }>('SELECT id FROM catalog_articles WHERE url = ?');
type ItemParameters = { url: string; title: string; section: string; publishedAt: string | null; summary: string; source: string; feedUrl: string | null; draftId: string | null; now: string };

const insert = statement<[ItemParameters]>(
  `INSERT INTO catalog_articles (url, title, section, published_at, summary, source, feed_url, draft_id, imported_at)
   VALUES (@url, @title, @section, @publishedAt, @summary, @source, @feedUrl, @draftId, @now)`,
);
// A feed refresh keeps a date, section or summary it had when the feed now leaves them out.
const update = statement<[ItemParameters]>(
  `UPDATE catalog_articles SET title = @title, section = CASE WHEN @section = '' THEN section ELSE @section END,
     published_at = coalesce(@publishedAt, published_at), summary = CASE WHEN @summary = '' THEN summary ELSE @summary END,
     source = @source, feed_url = coalesce(@feedUrl, feed_url), draft_id = coalesce(@draftId, draft_id), imported_at = @now
   WHERE url = @url`,
);

/**
 * Adds articles to the catalog, or updates the ones it has: an article is known by its URL, so
 * importing a feed twice, or a feed and a sitemap of the same site, never makes duplicates.
 * One transaction for the whole batch.
 */
export function upsertCatalogItems(db: Database, items: readonly FeedItem[], origin: UpsertOrigin): { added: number; updated: number } {
  return db.transaction(() => {
    let added = 0;
    let updated = 0;
    for (const item of items) {
      const parameters = { ...item, ...origin };
      if (findId(db).get(item.url) === undefined) {
        insert(db).run(parameters);
        added += 1;
      } else {
        update(db).run(parameters);
        updated += 1;
      }
    }
    return { added, updated };
  })();
}
