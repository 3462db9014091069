import type { Editor } from '@tiptap/react';
import './suggestions.css';
import '../comments/comments.css';

export type SuggestionsHeaderActionsProps = {
  editor: Editor;
  suggesting: boolean;
  /** Open comment threads. */
  openComments: number;
  /** Suggested edits waiting. */
  pendingSuggestions: number;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** A viewer suggests nothing. */
  readOnly: boolean;
};

/** The id of the "Comments" toggle, where focus goes back when the panel closes. */
export const commentsToggleId = 'editor-comments-toggle';

/** The header's "Suggest edits" mode toggle and the "Comments" panel toggle with the count of open threads. */
export function SuggestionsHeaderActions({ editor, suggesting, openComments, pendingSuggestions, panelOpen, onTogglePanel, readOnly }: SuggestionsHeaderActionsProps) {
  const waiting = pendingSuggestions > 0 ? `, ${pendingSuggestions} suggested ${pendingSuggestions === 1 ? 'edit' : 'edits'}` : '';
  return (
    <>
      {readOnly ? null : (
        <button type="button" className="button" aria-pressed={suggesting} onClick={() => editor.commands.setSuggestMode(!suggesting)}>
          Suggest edits
        </button>
      )}
      <button
        id={commentsToggleId}
        type="button"
        className="button"
        aria-expanded={panelOpen}
        title={`${openComments} open ${openComments === 1 ? 'thread' : 'threads'}${waiting}`}
        onClick={onTogglePanel}
      >
        Comments
        <span className="comment-count">{openComments}</span>
      </button>
    </>
  );
}
