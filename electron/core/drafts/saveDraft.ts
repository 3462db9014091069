import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft, DraftChanges } from '../../shared/model/draft';
import { autoRevisionIfDue } from '../revisions/autoRevisionIfDue';
import { keepRefusedChanges } from '../revisions/keepRefusedChanges';
import { assertValidBody } from './assertValidBody';
import { requireDraft } from './getDraft';
import { isSameContent } from './isSameContent';
import { mergeChanges } from './mergeChanges';
import { writeDraft } from './writeDraft';

/** A save: the changes a user made, starting from `baseVersion` of the draft. */
export type SaveDraftInput = { id: string; baseVersion: number; changes: DraftChanges };

type Outcome = { saved: Draft } | { conflict: { currentVersion: number; revisionId: number | null } };

function attempt(db: Database, input: SaveDraftInput, now: Date): Outcome {
  const current = requireDraft(db, input.id);
  if (current.version !== input.baseVersion) {
    const kept = keepRefusedChanges(db, current, input.changes, input.baseVersion, now);
    return { conflict: { currentVersion: current.version, revisionId: kept?.id ?? null } };
  }
  const merged = mergeChanges(db, current, input.changes);
  if (isSameContent(current, merged)) return { saved: current };
  autoRevisionIfDue(db, current, now);
  const saved: Draft = { ...merged, version: current.version + 1, updatedAt: now.toISOString() };
  writeDraft(db, saved, current.version);
  return { saved };
}

/**
 * Saves changes with optimistic concurrency. When the draft moved on since `baseVersion`, nothing
 * is overwritten: the refused changes are kept as a `conflict` revision and AppError('conflict')
 * carries `{ currentVersion, revisionId }`. A save that changes nothing returns the draft as it is.
 * Before replacing the draft, keeps it as a revision when the last one is five minutes old.
 */
export function saveDraft(db: Database, input: SaveDraftInput, now: Date): Draft {
  if (input.changes.body !== undefined) assertValidBody(input.changes.body);
  const outcome = db.transaction(() => attempt(db, input, now)).immediate();
  if ('saved' in outcome) return outcome.saved;
  const kept = outcome.conflict.revisionId === null ? '' : ' Your changes are kept as a revision.';
  throw new AppError(
    'conflict',
    `This draft was saved elsewhere (now version ${outcome.conflict.currentVersion}; these changes started from version ${input.baseVersion}). Nothing was overwritten.${kept}`,
    outcome.conflict,
  );
}
