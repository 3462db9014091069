import type { Database } from 'better-sqlite3';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../electron/shared/model/draft';
import { readableSnippet } from '../electron/core/db/searchText';
import { statement } from '../electron/core/db/statement';
import { draftSummaryColumns, rowToDraftSummary, type DraftSummaryRow } from '../electron/core/drafts/draftRow';
import { toFtsQuery } from '../electron/core/drafts/toFtsQuery';

type HitRow = DraftSummaryRow & { snippet: string };
type SearchParameters = { match: string; open: string; close: string; limit: number };

// `rank` is bm25 with column weights set by migration 0001 (headline weighs most).
const searchHits = statement<[SearchParameters], HitRow>(`
  SELECT ${draftSummaryColumns.map((column) => `drafts.${column}`).join(', ')},
    snippet(drafts_fts, -1, @open, @close, '…', 20) AS snippet
  FROM drafts_fts JOIN drafts ON drafts.seq = drafts_fts.rowid
  WHERE drafts_fts MATCH @match
  ORDER BY rank
  LIMIT @limit`);

/**
 * Full-text search over live drafts' headline, dek, body, author and tags, best match first
 * (headline matches weigh most). Each hit has a snippet with the matched terms between
 * SNIPPET_OPEN and SNIPPET_CLOSE. Any text is a valid query; one with no words finds nothing.
 */
export function searchDrafts(db: Database, query: string, limit: number): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  return searchHits(db)
    .all({ match, open: SNIPPET_OPEN, close: SNIPPET_CLOSE, limit })
    .map((row) => ({ ...rowToDraftSummary(row), snippet: readableSnippet(row.snippet) }));
}
