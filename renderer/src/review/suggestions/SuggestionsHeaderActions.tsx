import type { Editor } from '@tiptap/react';
import './suggestions.css';

export type SuggestionsHeaderActionsProps = {
  editor: Editor;
  suggesting: boolean;
  count: number;
  panelOpen: boolean;
  onTogglePanel: () => void;
};

/** The id of the "Suggestions (N)" toggle, where focus goes back when the panel closes. */
export const suggestionsToggleId = 'editor-suggestions-toggle';

/** The header's "Suggest edits" mode toggle and the "Suggestions (N)" panel toggle. */
export function SuggestionsHeaderActions({ editor, suggesting, count, panelOpen, onTogglePanel }: SuggestionsHeaderActionsProps) {
  return (
    <>
      <button type="button" className="button" aria-pressed={suggesting} onClick={() => editor.commands.setSuggestMode(!suggesting)}>
        Suggest edits
      </button>
      <button id={suggestionsToggleId} type="button" className="button" aria-expanded={panelOpen} onClick={onTogglePanel}>
        Suggestions ({count})
      </button>
    </>
  );
}
