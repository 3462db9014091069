import type { Editor } from '@tiptap/react';
import type { Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';
import { closeOnEscape } from '../../editor/closeOnEscape';
import { Icon } from '../../ui/Icon';
import { SuggestionsList } from './SuggestionsList';

export type SuggestionsPanelProps = { editor: Editor; suggestions: Suggestion[]; onClose: () => void };

/** The Suggestions side panel, until the list moves into the Comments panel. */
export function SuggestionsPanel({ editor, suggestions, onClose }: SuggestionsPanelProps) {
  return (
    <aside className="history suggestions-side" aria-label="Suggestions" onKeyDown={(event) => closeOnEscape(event, onClose)}>
      <div className="history__header">
        <h2 className="history__title">Suggestions</h2>
        <button type="button" className="icon-button" aria-label="Close suggestions" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="checklist-side__body">
        <SuggestionsList editor={editor} suggestions={suggestions} />
      </div>
    </aside>
  );
}
