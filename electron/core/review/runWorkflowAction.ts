import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { draftStatusLabels, type Draft } from '../../shared/model/draft';
import type { WorkflowAction } from '../../shared/model/review';
import { workflowActionsFor, workflowLabels, workflowTargets } from '../../shared/review/workflowActions';
import { workflowRefusal, type DeskRole } from '../../shared/review/workflowRefusal';
import { statement } from '../db/statement';
import { requireDraft } from '../drafts/getDraft';
import { changeDraftStatus } from '../publishing/changeDraftStatus';

/** A workflow step asked for: which draft, what to do, and the note that goes with a return. */
export type WorkflowRequest = { draftId: string; action: WorkflowAction; note?: string };

/** Who asks: the laptop's person (null until named) and their role on a desk (null on a lone laptop). */
export type Actor = { person: string | null; role: DeskRole | null };

const MAX_NOTE = 2000;

const noteLastChange = statement<[string | null, string | null, string]>(
  'UPDATE draft_status_changes SET person = ?, note = ? WHERE id = (SELECT max(id) FROM draft_status_changes WHERE draft_id = ?)',
);
const labelLastStatusRevision = statement<[string, string]>(
  "UPDATE revisions SET label = ? WHERE id = (SELECT max(id) FROM revisions WHERE draft_id = ? AND reason = 'status')",
);

const pastTense: Record<WorkflowAction, string> = {
  send_for_review: 'Sent for review',
  approve: 'Approved',
  return_to_reporter: 'Returned to reporter',
};

function checkedNote(action: WorkflowAction, note: string | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > MAX_NOTE) throw new AppError('invalid_input', `The note is ${text.length} characters; keep it to ${MAX_NOTE}.`);
  if (action === 'return_to_reporter' && text === '') throw new AppError('invalid_input', 'Say what the reporter should change: a draft goes back with a note.');
  return text === '' ? null : text;
}

function historyLabel(action: WorkflowAction, person: string | null, note: string | null): string {
  return `${pastTense[action]}${person === null ? '' : ` by ${person}`}${note === null ? '' : `: ${note}`}`;
}

/**
 * Sends a draft for review, approves it, or returns it to the reporter with a note. A role that
 * may not take the action is refused with the reason (AppError 'forbidden'); an action that does
 * not fit the draft's status is refused as a conflict. The status changes as setDraftStatus does;
 * the status history keeps who and the note, and the revision it makes is labelled with both, so
 * History shows them.
 */
export function runWorkflowAction(db: Database, request: WorkflowRequest, actor: Actor, now: Date): Draft {
  const refusal = workflowRefusal(actor.role, request.action);
  if (refusal !== null) throw new AppError('forbidden', refusal);
  const note = checkedNote(request.action, request.note);
  return db
    .transaction(() => {
      const current = requireDraft(db, request.draftId);
      if (!workflowActionsFor(current.status).includes(request.action)) {
        throw new AppError('conflict', `“${workflowLabels[request.action]}” does not apply to a draft that is ${draftStatusLabels[current.status].toLowerCase()}.`);
      }
      const draft = changeDraftStatus(db, current.id, workflowTargets[request.action], now);
      noteLastChange(db).run(actor.person, note, draft.id);
      labelLastStatusRevision(db).run(historyLabel(request.action, actor.person, note).slice(0, 2200), draft.id);
      return draft;
    })
    .immediate();
}
