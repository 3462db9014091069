import type { Database } from 'better-sqlite3';
import { articleFieldsOf } from '../../shared/model/articleFieldsOf';
import type { ReviewState } from '../../shared/model/review';
import { compareArticles } from '../../shared/review/compareArticles';
import { requireDraft } from '../drafts/getDraft';
import { getRevision } from '../revisions/getRevision';
import { getAssignee } from './assignment';
import { actingPerson } from './requirePerson';
import { getReview } from './reviewRow';

/** What this laptop's person last reviewed of a draft and how many changes it has had since. */
export function getReviewState(db: Database, draftId: string): ReviewState {
  const draft = requireDraft(db, draftId);
  const person = actingPerson(db);
  const assignee = getAssignee(db, draftId);
  const review = person === null ? null : getReview(db, draftId, person);
  if (review === null) return { person, assignee, review: null };
  const reviewed = getRevision(db, review.revisionId);
  const changesSince = compareArticles(reviewed, { fields: articleFieldsOf(draft), body: draft.body }).length;
  return { person, assignee, review: { ...review, changesSince } };
}
