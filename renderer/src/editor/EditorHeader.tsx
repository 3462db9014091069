import type { ReactNode } from 'react';
import { isDraftStatus, type DraftStatus } from '../../../electron/shared/model/draft';
import { CommitSelect } from '../app/CommitSelect';
import { StatusOptions } from '../app/StatusOptions';
import { Icon } from '../ui/Icon';

export type EditorHeaderProps = {
  status: DraftStatus;
  onStatusChange: (status: DraftStatus) => void;
  onBack: () => void;
  historyOpen: boolean;
  onToggleHistory: () => void;
  checklistOpen: boolean;
  onToggleChecklist: () => void;
  onSaveVersion: () => void;
  onTrash: () => void;
  /** Who else is in the draft, owned by the live draft. */
  presence?: ReactNode;
  /** Mark reviewed and the workflow steps, owned by the review feature. */
  reviewActions?: ReactNode;
  /** "Suggest edits" and "Suggestions (N)", owned by the review feature. */
  suggestionActions?: ReactNode;
  /** A viewer's header: the status cannot be changed, and nothing that changes the draft is offered. */
  readOnly?: boolean;
  /** The "Export HTML" action, owned by the publishing feature. */
  exportAction: ReactNode;
};

/** The ids of the panel toggles, where focus goes back when a panel closes. */
export const historyToggleId = 'editor-history-toggle';
export const checklistToggleId = 'editor-checklist-toggle';

/** The bar above the article: back to the library, status, history, versions, export, trash. */
export function EditorHeader(props: EditorHeaderProps) {
  return (
    <header className="editor-header">
      <div className="editor-header__start">
        <button type="button" className="button button--quiet" onClick={props.onBack} aria-keyshortcuts="Control+Shift+L Alt+ArrowLeft" title="Back to the library (Ctrl+Shift+L or Alt+Left)">
          <Icon name="back" />
          Library
        </button>
        <label className="field-inline">
          <span className="field-inline__label">Status</span>
          <CommitSelect className={`select status-select status-select--${props.status}`} value={props.status} disabled={props.readOnly === true} onCommit={(value) => isDraftStatus(value) && props.onStatusChange(value)}>
            <StatusOptions />
          </CommitSelect>
        </label>
      </div>
      <div className="editor-header__end">
        {props.presence}
        {props.readOnly ? null : props.reviewActions}
        {props.suggestionActions}
        <button id={historyToggleId} type="button" className="button" aria-expanded={props.historyOpen} onClick={props.onToggleHistory}>
          <Icon name="history" />
          History
        </button>
        <button id={checklistToggleId} type="button" className="button" aria-expanded={props.checklistOpen} onClick={props.onToggleChecklist}>
          <Icon name="check" />
          Checklist
        </button>
        {props.readOnly ? null : (
          <button type="button" className="button" onClick={props.onSaveVersion}>
            <Icon name="bookmark" />
            Save version
          </button>
        )}
        {props.exportAction}
        {props.readOnly ? null : (
          <button type="button" className="button button--danger-quiet" onClick={props.onTrash}>
            <Icon name="trash" />
            Trash
          </button>
        )}
      </div>
    </header>
  );
}
