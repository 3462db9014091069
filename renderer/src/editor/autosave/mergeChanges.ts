import type { DraftChanges } from '../../../../electron/shared/model/draft';

/** Combines two sets of edits; where both touch a field, the later one wins. */
export function mergeChanges(earlier: DraftChanges | null, later: DraftChanges): DraftChanges {
  return { ...(earlier ?? {}), ...later };
}
