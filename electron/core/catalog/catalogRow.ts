import { CatalogSource, type CatalogArticle } from '../../shared/model/catalog';

/** A row of `catalog_articles` as SQLite returns it. */
export type CatalogRow = {
  id: number;
  url: string;
  title: string;
  section: string;
  published_at: string | null;
  summary: string;
  source: string;
  feed_url: string | null;
  draft_id: string | null;
  imported_at: string;
};

/** The columns of CatalogRow, for SELECT lists. */
export const catalogColumns = 'id, url, title, section, published_at, summary, source, feed_url, draft_id, imported_at';

/** A catalog article from its row. */
export function rowToCatalogArticle(row: CatalogRow): CatalogArticle {
  const source = CatalogSource.safeParse(row.source);
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    section: row.section,
    publishedAt: row.published_at,
    summary: row.summary,
    source: source.success ? source.data : 'feed',
    feedUrl: row.feed_url,
    draftId: row.draft_id,
    importedAt: row.imported_at,
  };
}
