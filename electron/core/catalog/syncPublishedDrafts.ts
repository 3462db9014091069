import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';

// Published drafts with an http(s) URL that the catalog does not have yet (e.g. published before
// the catalog existed, or through another path than "Mark as published").
const sync = statement<[string]>(
  `INSERT INTO catalog_articles (url, title, section, published_at, summary, source, feed_url, draft_id, imported_at)
   SELECT d.published_url, substr(d.headline, 1, 300), substr(d.section, 1, 100), d.published_at, substr(d.dek, 1, 600), 'draft', NULL, d.id, ?
   FROM drafts d
   WHERE d.status = 'published' AND d.deleted_at IS NULL AND trim(d.headline) <> ''
     AND (d.published_url LIKE 'http://%' OR d.published_url LIKE 'https://%')
     AND NOT EXISTS (SELECT 1 FROM catalog_articles c WHERE c.url = d.published_url OR c.draft_id = d.id)`,
);

/** Puts the app's own published drafts into the catalog, so search and suggestions include them. */
export function syncPublishedDrafts(db: Database, now: string): number {
  return sync(db).run(now).changes;
}
