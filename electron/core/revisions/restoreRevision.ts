import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from '../drafts/getDraft';
import { isSameContent } from '../drafts/isSameContent';
import { mergeChanges } from '../drafts/mergeChanges';
import { recordStatus } from '../drafts/recordStatus';
import { writeDraft } from '../drafts/writeDraft';
import { createRevision } from './createRevision';
import { getRevision } from './getRevision';

function describe(createdAt: string, version: number): string {
  return `version ${version} of ${createdAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Makes a revision the current draft: its fields and body become a new version (the slug is
 * kept unless it follows the headline). The state it replaces is kept first as a revision, and
 * the restore itself is a new `restore` revision, so both sides stay reachable. An approved draft
 * whose text changes goes back to "In review": what was approved is no longer what it says, and
 * the restore's revision says so.
 */
export function restoreRevision(db: Database, draftId: string, revisionId: number, now: Date): Draft {
  return db
    .transaction(() => {
      const current = requireDraft(db, draftId);
      const revision = getRevision(db, revisionId);
      if (revision.draftId !== draftId) throw new AppError('not_found', 'That revision belongs to another draft.');
      const { slug: _slug, ...fields } = revision.fields;
      const merged = mergeChanges(db, current, { ...fields, body: revision.body });
      const label = describe(revision.createdAt, revision.version);
      const changed = !isSameContent(current, merged);
      if (changed) createRevision(db, current, 'restore', `Before restoring ${label}`, now);
      const reviewAgain = changed && current.status === 'approved';
      const time = now.toISOString();
      const restored: Draft = { ...merged, version: current.version + 1, updatedAt: time, ...(reviewAgain ? { status: 'in_review' as const } : {}) };
      writeDraft(db, restored, current.version);
      if (reviewAgain) recordStatus(db, draftId, 'in_review', time);
      const why = reviewAgain ? '; back to In review, as the approved text changed' : '';
      createRevision(db, restored, 'restore', `Restored ${label}${why}`, now);
      return restored;
    })
    .immediate();
}
