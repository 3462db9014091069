import type { DraftStatus } from '../model/draft';
import type { WorkflowAction } from '../model/review';
import { workflowLabels } from './workflowActions';

/** A person's role on a desk with a server; on a lone laptop there is none. */
export type DeskRole = 'reporter' | 'editor' | 'viewer';

const editorOnly: readonly WorkflowAction[] = ['approve', 'return_to_reporter'];

/**
 * Why a role may not take a workflow action, in words to show, or null when it may. With no role
 * (a laptop on its own) everything is allowed; with a server, a reporter sends for review and
 * only an editor approves or returns a draft. (A viewer changes nothing: the engine refuses every
 * change of theirs before it reaches a handler, see deskChangingChannels.)
 */
export function workflowRefusal(role: DeskRole | null, action: WorkflowAction): string | null {
  if (role === 'reporter' && editorOnly.includes(action)) {
    return `Only an editor can ${workflowLabels[action].toLowerCase()} a draft; your role on this desk is reporter.`;
  }
  return null;
}

/**
 * Why a role may not set a draft's status, in words, or null when it may: only an editor marks a
 * draft approved or published (a viewer is refused before this, see deskChangingChannels).
 */
export function statusRefusal(role: DeskRole | null, status: DraftStatus): string | null {
  if (role === 'reporter' && (status === 'approved' || status === 'published')) {
    return `Only an editor can mark a draft ${status}; your role on this desk is reporter.`;
  }
  return null;
}
