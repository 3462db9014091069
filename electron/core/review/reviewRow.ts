import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';

/** A row of the `reviews` table. */
export type ReviewRow = { draft_id: string; person: string; revision_id: number; reviewed_at: string };

/** What a person last reviewed of a draft. */
export type Review = { revisionId: number; reviewedAt: string };

const selectReview = statement<[string, string], ReviewRow>('SELECT draft_id, person, revision_id, reviewed_at FROM reviews WHERE draft_id = ? AND person = ?');
const upsertReview = statement<[ReviewRow]>(
  `INSERT INTO reviews (draft_id, person, revision_id, reviewed_at) VALUES (@draft_id, @person, @revision_id, @reviewed_at)
   ON CONFLICT (draft_id, person) DO UPDATE SET revision_id = excluded.revision_id, reviewed_at = excluded.reviewed_at`,
);

/** The revision a person last marked reviewed on a draft, or null. */
export function getReview(db: Database, draftId: string, person: string): Review | null {
  const row = selectReview(db).get(draftId, person);
  return row === undefined ? null : { revisionId: row.revision_id, reviewedAt: row.reviewed_at };
}

/** Records that a person reviewed a draft as a revision holds it (replacing their earlier review). */
export function putReview(db: Database, draftId: string, person: string, review: Review): void {
  upsertReview(db).run({ draft_id: draftId, person, revision_id: review.revisionId, reviewed_at: review.reviewedAt });
}
