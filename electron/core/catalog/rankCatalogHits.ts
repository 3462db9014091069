import type { CatalogArticle } from '../../shared/model/catalog';
import { rowToCatalogArticle, type CatalogRow } from './catalogRow';

/** A row found by full-text search, with its bm25 score (lower is better, as SQLite gives it). */
export type ScoredRow = CatalogRow & { score: number };

const DAY_MS = 86_400_000;
/** How much a brand-new article gains over an old one of equal relevance, and how fast that fades. */
const RECENCY_WEIGHT = 0.3;
const RECENCY_HALF_LIFE_DAYS = 30;

function recencyFactor(publishedAt: string | null, now: number): number {
  if (publishedAt === null) return 1;
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) return 1;
  const ageDays = Math.max(0, (now - time) / DAY_MS);
  return 1 + RECENCY_WEIGHT * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
}

/**
 * Orders search hits by relevance (bm25) lifted by recency: an article published today counts 30%
 * more than an equally relevant one from long ago, the lift halving every 30 days.
 */
export function rankCatalogHits(rows: readonly ScoredRow[], now: string, limit: number): CatalogArticle[] {
  const nowTime = Date.parse(now);
  return rows
    .map((row) => ({ row, rank: -row.score * recencyFactor(row.published_at, nowTime) }))
    .sort((a, b) => b.rank - a.rank || (b.row.published_at ?? '').localeCompare(a.row.published_at ?? '') || a.row.id - b.row.id)
    .slice(0, limit)
    .map(({ row }) => rowToCatalogArticle(row));
}
