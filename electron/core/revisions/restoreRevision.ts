import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft } from '../../shared/model/draft';
import { requireDraft } from '../drafts/getDraft';
import { isSameContent } from '../drafts/isSameContent';
import { mergeChanges } from '../drafts/mergeChanges';
import { writeDraft } from '../drafts/writeDraft';
import { createRevision } from './createRevision';
import { getRevision } from './getRevision';

function describe(createdAt: string, version: number): string {
  return `version ${version} of ${createdAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Makes a revision the current draft: its fields and body become a new version (the slug is
 * kept unless it follows the headline). The state it replaces is kept first as a revision, and
 * the restore itself is a new `restore` revision, so both sides stay reachable.
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
      if (!isSameContent(current, merged)) createRevision(db, current, 'restore', `Before restoring ${label}`, now);
      const restored: Draft = { ...merged, version: current.version + 1, updatedAt: now.toISOString() };
      writeDraft(db, restored, current.version);
      createRevision(db, restored, 'restore', `Restored ${label}`, now);
      return restored;
    })
    .immediate();
}
