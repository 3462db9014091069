import type { Database } from 'better-sqlite3';
import type { ReviewState } from '../../shared/model/review';
import { requireDraft } from '../drafts/getDraft';
import { isSameContent } from '../drafts/isSameContent';
import { createRevision } from '../revisions/createRevision';
import { lastRevision } from '../revisions/lastRevision';
import { rowToRevision } from '../revisions/revisionRow';
import { getReviewState } from './getReviewState';
import { requirePerson } from './requirePerson';
import { putReview } from './reviewRow';

/**
 * Records that this laptop's person reviewed the draft as it is now: a revision labelled
 * "Reviewed by NAME" keeps that state (the newest one is reused when it already is that), and
 * the person's review points at it, so later changes are counted from there.
 */
export function markReviewed(db: Database, draftId: string, now: Date): ReviewState {
  return db
    .transaction(() => {
      const person = requirePerson(db);
      const draft = requireDraft(db, draftId);
      const label = `Reviewed by ${person}`;
      const last = lastRevision(db, draftId);
      const kept = last === null ? null : rowToRevision(last);
      const reusable = kept !== null && kept.label === label && isSameContent(draft, { ...draft, ...kept.fields, body: kept.body });
      const revisionId = reusable ? kept.id : createRevision(db, draft, 'manual', label, now).id;
      putReview(db, draftId, person, { revisionId, reviewedAt: now.toISOString() });
      return getReviewState(db, draftId);
    })
    .immediate();
}
