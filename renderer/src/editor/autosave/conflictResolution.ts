import type { Result } from '../../../../electron/shared/contract/result';
import type { Draft, DraftChanges, RevisionSummary } from '../../../../electron/shared/model/draft';

/** The store calls a conflict needs; `window.newsdesk` in the app, a fake in unit tests. */
export type ConflictStore = {
  getDraft: (id: string) => Promise<Result<Draft>>;
  createRevision: (draftId: string, label: string) => Promise<Result<RevisionSummary>>;
  save: (input: { id: string; baseVersion: number; changes: DraftChanges }) => Promise<Result<Draft>>;
  restoreRevision: (draftId: string, revisionId: number) => Promise<Result<Draft>>;
};

export const THEIRS_LABEL = 'Their version (kept in a conflict)';
export const MINE_LABEL = 'My version (kept in a conflict)';

/**
 * "Keep mine": their version is kept as a revision, then the caller saves mine on top of it.
 * Returns their draft, whose version mine must be saved from.
 */
export async function keepTheirsAsRevision(store: ConflictStore, draftId: string): Promise<Result<Draft>> {
  const theirs = await store.getDraft(draftId);
  if (!theirs.ok) return theirs;
  const kept = await store.createRevision(draftId, THEIRS_LABEL);
  if (!kept.ok) return kept;
  return theirs;
}

/**
 * "Use theirs": mine is saved and kept as a revision first, then their version is made current
 * again. Both stay in the draft's history; returns the draft as it now is (theirs).
 */
export async function takeTheirsKeepingMine(store: ConflictStore, draftId: string, mine: DraftChanges): Promise<Result<Draft>> {
  const theirs = await store.getDraft(draftId);
  if (!theirs.ok) return theirs;
  const theirsRevision = await store.createRevision(draftId, THEIRS_LABEL);
  if (!theirsRevision.ok) return theirsRevision;
  const saved = await store.save({ id: draftId, baseVersion: theirs.value.version, changes: mine });
  if (!saved.ok) return saved;
  const mineRevision = await store.createRevision(draftId, MINE_LABEL);
  if (!mineRevision.ok) return mineRevision;
  return store.restoreRevision(draftId, theirsRevision.value.id);
}
