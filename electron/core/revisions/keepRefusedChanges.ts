import type { Database } from 'better-sqlite3';
import type { Draft, DraftChanges, RevisionSummary } from '../../shared/model/draft';
import { isSameContent } from '../drafts/isSameContent';
import { mergeChanges } from '../drafts/mergeChanges';
import { createRevision } from './createRevision';
import { lastRevision } from './lastRevision';
import { rowToRevision } from './revisionRow';

function sameAsLastConflict(db: Database, draft: Draft): boolean {
  const last = lastRevision(db, draft.id);
  if (last === null || last.reason !== 'conflict') return false;
  const kept = rowToRevision(last);
  return isSameContent(draft, { ...draft, ...kept.fields, body: kept.body });
}

/**
 * When a stale save is refused, keeps what it would have written (the current draft with the
 * refused changes applied) as a `conflict` revision, so the user's words are never lost. A retry
 * of the same refused changes is not kept twice. Returns the revision, or null when nothing new.
 */
export function keepRefusedChanges(db: Database, current: Draft, changes: DraftChanges, baseVersion: number, now: Date): RevisionSummary | null {
  // The slug is left out: a refused save must not fail again on a slug another draft took.
  const withoutSlug: DraftChanges = { ...changes, slug: undefined, slugLocked: undefined };
  const refused: Draft = { ...mergeChanges(db, current, withoutSlug), version: baseVersion };
  if (isSameContent(current, refused) || sameAsLastConflict(db, refused)) return null;
  return createRevision(db, refused, 'conflict', `Not saved: edited from version ${baseVersion}`, now);
}
