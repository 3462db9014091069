import type { Database } from 'better-sqlite3';
import type { CatalogArticle } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { catalogColumns, rowToCatalogArticle, type CatalogRow } from './catalogRow';

// Curly and straight quotes compare equal: copy often has one where the website has the other.
const straightTitle = `replace(replace(replace(replace(title, '’', ''''), '‘', ''''), '“', '"'), '”', '"')`;

const byTitle = statement<[string], CatalogRow>(
  `SELECT ${catalogColumns} FROM catalog_articles WHERE ${straightTitle} = ? COLLATE NOCASE
   ORDER BY published_at IS NULL, published_at DESC, id DESC LIMIT 1`,
);

/**
 * The catalog article with this headline (case, spacing and curly quotes ignored; the newest if
 * several), for "Also Read: Title" lines that name an article without linking it. Null when none.
 */
export function findCatalogArticleByTitle(db: Database, title: string): CatalogArticle | null {
  const wanted = title.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  if (wanted === '') return null;
  const row = byTitle(db).get(wanted);
  return row === undefined ? null : rowToCatalogArticle(row);
}
