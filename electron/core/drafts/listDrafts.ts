import type { Database } from 'better-sqlite3';
import type { ListDraftsQuery } from '../../shared/contract/drafts';
import type { DraftSummary } from '../../shared/model/draft';
import { statementFamily } from '../db/statement';
import { assignedToPersonSql, needsReviewSql } from '../review/changedSinceReviewSql';
import { draftSummaryColumns, rowToDraftSummary, type DraftSummaryRow } from './draftRow';

/** How the library can be ordered. */
export type DraftSort = ListDraftsQuery['sort'];

/** Which page of which drafts, in what order, and the person a review filter (`only`) is about. */
export type DraftPageQuery = ListDraftsQuery & {
  /** The person `only` is about; none matches no review or assignment (see changedSinceReviewSql). */
  person?: string | null;
};

/** A page of the library and how many drafts match in all. */
export type DraftPage = { items: DraftSummary[]; total: number };

type PageParameters = { status?: string; person?: string; limit?: number; offset?: number };

const sortKeys: Record<DraftSort, string[]> = {
  updated: ['updated_at'],
  created: ['created_at'],
  headline: ['headline_sort'],
  status: ['status_order', 'updated_at'],
  trashed: ['deleted_at'],
};

const pageStatement = statementFamily<[PageParameters], DraftSummaryRow>();
const countStatement = statementFamily<[PageParameters], number>();

function whereClause(query: DraftPageQuery): string {
  const trash = query.trashed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  const status = query.status === undefined ? trash : `${trash} AND status = @status`;
  if (query.only === undefined) return status;
  return `${status} AND ${query.only === 'needs_my_review' ? needsReviewSql : assignedToPersonSql}`;
}

function orderClause(query: DraftPageQuery): string {
  // Within one status, sorting by status is sorting by time; live drafts were never trashed.
  const byTime = (query.sort === 'status' && query.status !== undefined) || (query.sort === 'trashed' && !query.trashed);
  const sort = byTime ? 'updated' : query.sort;
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  return [...sortKeys[sort], 'seq'].map((key) => `${key} ${direction}`).join(', ');
}

/** The SQL of a page and of its total, for a query (exported so tests can EXPLAIN it). */
export function draftPageSql(query: DraftPageQuery): { page: string; count: string } {
  const where = whereClause(query);
  return {
    page: `SELECT ${draftSummaryColumns.join(', ')} FROM drafts WHERE ${where} ORDER BY ${orderClause(query)} LIMIT @limit OFFSET @offset`,
    count: `SELECT count(*) FROM drafts WHERE ${where}`,
  };
}

/**
 * A page of drafts, live or in the trash, optionally of one status, sorted by a whitelisted key.
 * Each combination reads a partial index, so pages stay fast with many thousands of drafts.
 */
export function listDrafts(db: Database, query: DraftPageQuery): DraftPage {
  const sql = draftPageSql(query);
  const filter: PageParameters = {
    ...(query.status === undefined ? {} : { status: query.status }),
    ...(query.only === undefined ? {} : { person: query.person ?? '' }),
  };
  const items = pageStatement(db, sql.page).all({ ...filter, limit: query.limit, offset: query.offset }).map(rowToDraftSummary);
  const total = countStatement(db, sql.count).pluck().get(filter) ?? 0;
  return { items, total };
}
