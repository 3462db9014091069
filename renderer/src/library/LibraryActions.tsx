import { isDraftStatus, type DraftStatus } from '../../../electron/shared/model/draft';
import { CommitSelect } from '../app/CommitSelect';
import { StatusOptions } from '../app/StatusOptions';
import type { LibraryMode } from './libraryView';

export type LibraryActionsProps = {
  mode: LibraryMode;
  /** How many drafts are selected. */
  selected: number;
  summary: string;
  onOpen: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onPurge: () => void;
  onSetStatus: (status: DraftStatus) => void;
};

/** What can be done with the selected drafts: open, status, trash; in the trash, restore or delete. */
export function LibraryActions({ mode, selected, summary, onOpen, onTrash, onRestore, onPurge, onSetStatus }: LibraryActionsProps) {
  const none = selected === 0;
  return (
    <div className="library__actions">
      <p className="library__count" aria-live="polite">
        {summary}
      </p>
      {mode === 'drafts' ? (
        <>
          <button type="button" className="button" disabled={selected !== 1} onClick={onOpen}>
            Open
          </button>
          <label className="field-inline">
            <span className="field-inline__label">Set status</span>
            <CommitSelect className="select" value="" disabled={none} onCommit={(value) => isDraftStatus(value) && onSetStatus(value)}>
              <option value="" disabled>
                Choose…
              </option>
              <StatusOptions />
            </CommitSelect>
          </label>
          <button type="button" className="button" disabled={none} onClick={onTrash}>
            Move to trash
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button" disabled={none} onClick={onRestore}>
            Restore
          </button>
          <button type="button" className="button button--danger" disabled={selected !== 1} onClick={onPurge}>
            Delete for good
          </button>
        </>
      )}
    </div>
  );
}
