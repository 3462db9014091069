import type { Database } from 'better-sqlite3';
import type { ReviewMark } from '../../shared/model/review';
import { statement } from '../db/statement';
import { changedSinceReviewSql } from './changedSinceReviewSql';
import { openThreadCounts } from './commentThreads';
import { actingPerson } from './requirePerson';

type MarkRow = { draft_id: string; assignee: string | null; changed: number };

const selectMarks = statement<[{ ids: string; person: string }], MarkRow>(`
  SELECT drafts.id AS draft_id, a.person AS assignee, ${changedSinceReviewSql} AS changed
  FROM drafts LEFT JOIN draft_assignments a ON a.draft_id = drafts.id
  WHERE drafts.id IN (SELECT value FROM json_each(@ids))`);

/** For each draft of a library page: who it is assigned to, whether it changed since this person reviewed it, and its open comment threads. */
export function reviewMarks(db: Database, ids: string[]): ReviewMark[] {
  const person = actingPerson(db) ?? '';
  const comments = openThreadCounts(db, ids);
  return selectMarks(db)
    .all({ ids: JSON.stringify(ids), person })
    .map((row) => ({ draftId: row.draft_id, assignee: row.assignee, changedSinceReview: row.changed === 1, openComments: comments.get(row.draft_id) ?? 0 }));
}
