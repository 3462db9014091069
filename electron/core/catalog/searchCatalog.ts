import type { Database } from 'better-sqlite3';
import type { CatalogArticle } from '../../shared/model/catalog';
import { searchTokens } from '../db/searchText';
import { statement } from '../db/statement';
import { rowToCatalogArticle, type CatalogRow } from './catalogRow';
import { rankCatalogHits, type ScoredRow } from './rankCatalogHits';

/** How many best matches SQLite hands over for re-ranking by recency. */
const CANDIDATES = 200;

const qualifiedColumns = 'a.id, a.url, a.title, a.section, a.published_at, a.summary, a.source, a.feed_url, a.draft_id, a.imported_at';

/** Headline matches weigh most, then section, then summary. */
export const matchSql = `SELECT ${qualifiedColumns}, bm25(catalog_fts, 10.0, 2.0, 4.0) AS score
  FROM catalog_fts JOIN catalog_articles a ON a.id = catalog_fts.rowid
  WHERE catalog_fts MATCH ? ORDER BY score LIMIT ${CANDIDATES}`;

const matching = statement<[string], ScoredRow>(matchSql);
const recent = statement<[number], CatalogRow>(
  `SELECT ${qualifiedColumns} FROM catalog_articles a ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT ?`,
);

/** A word as an FTS5 phrase, quoted so no query syntax gets through (Chinese or Thai words as their characters). */
export function ftsPhrase(word: string): string {
  return `"${searchTokens(word).join(' ')}"`;
}

/** The words of a query as FTS5 prefix terms. */
export function ftsTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 20).map((word) => `${ftsPhrase(word)}*`);
}

/**
 * Searches the catalog as the reporter types: every word must match (the last may be half typed),
 * best first by relevance and recency. An empty query lists the newest articles.
 */
export function searchCatalog(db: Database, query: string, options: { limit: number; now: string }): CatalogArticle[] {
  const terms = ftsTerms(query);
  if (terms.length === 0) return recent(db).all(options.limit).map((row) => rowToCatalogArticle(row));
  return rankCatalogHits(matching(db).all(terms.join(' ')), options.now, options.limit);
}
