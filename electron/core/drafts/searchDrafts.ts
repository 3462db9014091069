import type { Database } from 'better-sqlite3';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../../shared/model/draft';
import { readableSnippet } from '../db/searchText';
import { statement } from '../db/statement';
import { draftSummaryColumns, rowToDraftSummary, type DraftSummaryRow } from './draftRow';
import { toFtsQuery } from './toFtsQuery';

/**
 * The most matching drafts ranked for one search. Finding matches is cheap, ranking them is not
 * (bm25 reads every match's positions): a word in nearly every draft would cost a ranking of the
 * whole library at each key. Beyond this many matches, the newest this many are ranked.
 */
export const RANKED_AT_MOST = 2000;

type HitRow = DraftSummaryRow & { snippet: string };

/** bm25 weights of headline, dek, body, author and tags (the rank migration 0001 set): headline weighs most. */
const COLUMN_WEIGHTS = '10.0, 4.0, 1.0, 2.0, 3.0';

// Ranked here rather than with FTS5's `ORDER BY rank`, whose sorter ranks every match whatever
// rowid bound is given. Rows are drafts.seq, which grows with each new draft.
const rankedMatches = statement<[{ match: string; oldest: number; limit: number }], number>(`
  SELECT rowid FROM drafts_fts
  WHERE drafts_fts MATCH @match AND rowid >= @oldest
  ORDER BY bm25(drafts_fts, ${COLUMN_WEIGHTS}), rowid DESC
  LIMIT @limit`);

const nthNewestMatch = statement<[string, number], number>('SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?');

type HitParameters = { match: string; hits: string; first: number; last: number; open: string; close: string };

// The hits shown, in one pass over the matches between the first and last of them: the unary `+`
// keeps the list of hits a filter, so FTS5 evaluates the query once, not once per hit, and
// snippet() runs for the hits only.
const hitRows = statement<[HitParameters], HitRow & { seq: number }>(`
  SELECT drafts.seq, ${draftSummaryColumns.map((column) => `drafts.${column}`).join(', ')},
    snippet(drafts_fts, -1, @open, @close, '…', 20) AS snippet
  FROM drafts_fts JOIN drafts ON drafts.seq = drafts_fts.rowid
  WHERE drafts_fts MATCH @match AND drafts_fts.rowid BETWEEN @first AND @last
    AND +drafts_fts.rowid IN (SELECT value FROM json_each(@hits))`);

/**
 * Full-text search over live drafts' headline, dek, body, author and tags, best match first
 * (headline matches weigh most). Each hit has a snippet with the matched terms between
 * SNIPPET_OPEN and SNIPPET_CLOSE. Any text is a valid query; one with no words finds nothing.
 * When more than `rankedAtMost` drafts match, the newest of them are ranked.
 */
export function searchDrafts(db: Database, query: string, limit: number, rankedAtMost = RANKED_AT_MOST): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  const oldest = nthNewestMatch(db).pluck().get(match, rankedAtMost - 1) ?? 0;
  const ranked = rankedMatches(db).pluck().all({ match, oldest, limit });
  if (ranked.length === 0) return [];
  const rows = hitRows(db).all({ match, hits: JSON.stringify(ranked), first: Math.min(...ranked), last: Math.max(...ranked), open: SNIPPET_OPEN, close: SNIPPET_CLOSE });
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return ranked.flatMap((seq) => {
    const row = bySeq.get(seq);
    return row === undefined ? [] : [{ ...rowToDraftSummary(row), snippet: readableSnippet(row.snippet) }];
  });
}
