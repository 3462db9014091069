import type { RevisionSummary } from '../model/draft';

const reasonLabels: Record<RevisionSummary['reason'], string> = {
  auto: 'Autosaved snapshot',
  manual: 'Saved version',
  status: 'Status changed',
  restore: 'Restored',
  conflict: 'Kept in a conflict',
};

/** How History, the compare view and the CLI name a revision: its label, else why it was kept. */
export function revisionLabel(revision: Pick<RevisionSummary, 'label' | 'reason'>): string {
  return revision.label ?? reasonLabels[revision.reason];
}
