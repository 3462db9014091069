import type { Database } from 'better-sqlite3';
import type { CatalogArticle } from '../../shared/model/catalog';
import { statement } from '../db/statement';
import { rankCatalogHits } from './rankCatalogHits';
import { relatedTerms, type DraftTopic } from './relatedTerms';
import { ftsPhrase, matchSql } from './searchCatalog';
import type { ScoredRow } from './rankCatalogHits';

/** The draft to find related articles for; its own catalog entry is left out. */
export type SuggestFor = DraftTopic & { id: string; publishedUrl: string | null };

const matching = statement<[string], ScoredRow>(matchSql);

/**
 * Articles related to a draft: those sharing the most terms of its headline, tags and body, ranked
 * by relevance and recency. The draft itself (by id or by its published URL) is never suggested.
 */
export function suggestRelated(db: Database, draft: SuggestFor, options: { limit: number; now: string }): CatalogArticle[] {
  const terms = relatedTerms(draft);
  if (terms.length === 0) return [];
  const rows = matching(db)
    .all(terms.map(ftsPhrase).join(' OR '))
    .filter((row) => row.draft_id !== draft.id && row.url !== draft.publishedUrl);
  return rankCatalogHits(rows, options.now, options.limit);
}
