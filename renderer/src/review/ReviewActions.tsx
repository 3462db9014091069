import { useState } from 'react';
import type { Draft, DraftStatus } from '../../../electron/shared/model/draft';
import type { ReviewState, WorkflowAction } from '../../../electron/shared/model/review';
import type { Result } from '../../../electron/shared/contract/result';
import { workflowActionsFor, workflowLabels } from '../../../electron/shared/review/workflowActions';
import { request } from '../api/request';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { usePerson } from './personStore';
import { YourNamePrompt } from './YourNamePrompt';
import { forgetReviewMarks } from './reviewMarksStore';
import './review.css';

export type ReviewActionsProps = {
  draftId: string;
  status: DraftStatus;
  review: ReviewState | null;
  onReviewChange: (state: ReviewState) => void;
  /** Saves pending edits; false when they could not be saved. */
  flush: () => Promise<boolean>;
  /** Runs a change of the draft with saving paused, so the editor saves on from its new version. */
  runExclusive: (task: () => Promise<Result<Draft>>) => Promise<Result<Draft>>;
  onDraftChange: (draft: Draft) => void;
  /** Shows a failure (null clears it). */
  onError: (message: string | null) => void;
};

const NOT_SAVED = 'Your latest edits are not saved yet, so this was not done. Try again in a moment.';

type Asking = { kind: 'name'; then: () => void } | { kind: 'return' } | { kind: 'assign' } | null;

/** Header actions of review: Mark reviewed, the workflow step the status allows, and Assign. */
export function ReviewActions(props: ReviewActionsProps) {
  const person = usePerson();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);

  const asPerson = (action: () => void) => {
    if (person.name === null) setAsking({ kind: 'name', then: action });
    else action();
  };

  const handleMarkReviewed = async () => {
    setBusy(true);
    const saved = await props.flush();
    const result = saved ? await request((api) => api.review.markReviewed({ draftId: props.draftId })) : null;
    setBusy(false);
    if (result === null) return props.onError(NOT_SAVED);
    if (!result.ok) return props.onError(`Could not mark the draft reviewed: ${result.error.message}`);
    props.onError(null);
    forgetReviewMarks();
    props.onReviewChange(result.value);
  };

  const act = async (action: WorkflowAction, note?: string): Promise<string | null> => {
    if (!(await props.flush())) return NOT_SAVED;
    const result = await props.runExclusive(() => request((api) => api.workflow.act({ draftId: props.draftId, action, ...(note ? { note } : {}) })));
    if (!result.ok) return result.error.message;
    forgetReviewMarks();
    props.onDraftChange(result.value);
    return null;
  };

  const handleAction = async (action: WorkflowAction) => {
    if (action === 'return_to_reporter') return setAsking({ kind: 'return' });
    setBusy(true);
    const failure = await act(action);
    setBusy(false);
    props.onError(failure === null ? null : `${workflowLabels[action]} did not work: ${failure}`);
  };

  const handleAssign = async (name: string): Promise<string | null> => {
    const result = await request((api) => api.workflow.assign({ draftId: props.draftId, person: name === '' ? null : name }));
    if (!result.ok) return result.error.message;
    forgetReviewMarks();
    props.onReviewChange(result.value);
    return null;
  };

  const assignee = props.review?.assignee ?? null;
  return (
    <div className="review-actions" role="group" aria-label="Review">
      <button type="button" className="button" disabled={busy} onClick={() => asPerson(() => void handleMarkReviewed())}>
        Mark reviewed
      </button>
      {workflowActionsFor(props.status).map((action) => (
        <button key={action} type="button" className="button" disabled={busy} onClick={() => asPerson(() => void handleAction(action))}>
          {workflowLabels[action]}
        </button>
      ))}
      <button type="button" className="button" onClick={() => asPerson(() => setAsking({ kind: 'assign' }))}>
        {assignee === null ? 'Assign' : `Assigned to ${assignee}`}
      </button>
      {asking?.kind === 'name' ? (
        <YourNamePrompt
          onClose={() => setAsking(null)}
          onDone={() => {
            setAsking(null);
            asking.then();
          }}
        />
      ) : null}
      {asking?.kind === 'return' ? (
        <TextPromptDialog title="Return to reporter" label="What should the reporter change?" submitLabel="Return to reporter" maxLength={2000} multiline onSubmit={(note) => act('return_to_reporter', note)} onClose={() => setAsking(null)} />
      ) : null}
      {asking?.kind === 'assign' ? (
        <TextPromptDialog title="Assign this draft" label="Assign to (leave empty for nobody)" submitLabel="Assign" initial={assignee ?? person.name ?? ''} optional maxLength={100} onSubmit={handleAssign} onClose={() => setAsking(null)} />
      ) : null}
    </div>
  );
}
