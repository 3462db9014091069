import type { DraftStatus } from '../model/draft';
import type { WorkflowAction } from '../model/review';

/** The status each workflow action moves a draft to. */
export const workflowTargets: Record<WorkflowAction, DraftStatus> = {
  send_for_review: 'in_review',
  approve: 'approved',
  return_to_reporter: 'draft',
};

/** The buttons' names. */
export const workflowLabels: Record<WorkflowAction, string> = {
  send_for_review: 'Send for review',
  approve: 'Approve',
  return_to_reporter: 'Return to reporter',
};

const actionsByStatus: Record<DraftStatus, WorkflowAction[]> = {
  draft: ['send_for_review'],
  in_review: ['approve', 'return_to_reporter'],
  approved: ['return_to_reporter'],
  published: [],
};

/** The workflow actions that make sense for a draft in a status. */
export function workflowActionsFor(status: DraftStatus): WorkflowAction[] {
  return actionsByStatus[status];
}
