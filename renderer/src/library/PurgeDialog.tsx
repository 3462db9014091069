import { useEffect, useRef } from 'react';
import type { DraftSummary } from '../../../electron/shared/model/draft';
import { displayHeadline } from './DraftRow';

export type PurgeDialogProps = {
  draft: DraftSummary;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before deleting a draft for good, the one thing in Newsdesk that cannot be undone. */
export function PurgeDialog({ draft, onConfirm, onCancel }: PurgeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="purge-title" onCancel={onCancel}>
      <h2 id="purge-title" className="dialog__title">
        Delete “{displayHeadline(draft)}” for good?
      </h2>
      <p>The draft and all its versions will be gone. This cannot be undone.</p>
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Delete for good
        </button>
      </div>
    </dialog>
  );
}
