import type { WorkflowAction } from '../model/review';
import { workflowLabels } from './workflowActions';

/** A person's role on a desk with a server; on a lone laptop there is none. */
export type DeskRole = 'reporter' | 'editor' | 'viewer';

const editorOnly: readonly WorkflowAction[] = ['approve', 'return_to_reporter'];

/**
 * Why a role may not take a workflow action, in words to show, or null when it may. With no role
 * (a laptop on its own) everything is allowed; with a server, a reporter sends for review and
 * only an editor approves or returns a draft.
 */
export function workflowRefusal(role: DeskRole | null, action: WorkflowAction): string | null {
  if (role === 'viewer') return `Your access to the newsroom is read-only: a viewer cannot ${workflowLabels[action].toLowerCase()} a draft.`;
  if (role === 'reporter' && editorOnly.includes(action)) {
    return `Only an editor can ${workflowLabels[action].toLowerCase()} a draft; your role on this desk is reporter.`;
  }
  return null;
}
