import { useState } from 'react';
import type { Draft, DraftChanges } from '../../../electron/shared/model/draft';
import type { Autosaver } from './autosave/autosaver';
import { keepTheirsAsRevision, takeTheirsKeepingMine } from './autosave/conflictResolution';
import { conflictStore } from './conflictStore';

export type ConflictResolution = {
  busy: boolean;
  error: string | null;
  keepMine: () => Promise<void>;
  takeTheirs: () => Promise<void>;
};

/**
 * The two ways out of a conflict, neither losing anything: keep mine (theirs goes to History, mine is
 * saved on top) or use theirs (mine goes to History, theirs is loaded).
 */
export function useConflictResolution(draftId: string, autosaver: Autosaver, mine: () => DraftChanges, onReplaceDraft: (draft: Draft) => void, onHistoryChanged: () => void): ConflictResolution {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const keepMine = async () => {
    setBusy(true);
    const theirs = await keepTheirsAsRevision(conflictStore, draftId);
    setBusy(false);
    if (!theirs.ok) {
      setError(`Could not keep their version: ${theirs.error.message}`);
      return;
    }
    setError(null);
    autosaver.resolveConflict(theirs.value.version, mine());
    onHistoryChanged();
    await autosaver.flush();
  };

  const takeTheirs = async () => {
    setBusy(true);
    const result = await takeTheirsKeepingMine(conflictStore, draftId, mine());
    setBusy(false);
    if (!result.ok) {
      setError(`Could not switch to their version: ${result.error.message}`);
      return;
    }
    setError(null);
    autosaver.resolveConflict(result.value.version, null);
    onReplaceDraft(result.value);
  };

  return { busy, error, keepMine, takeTheirs };
}
