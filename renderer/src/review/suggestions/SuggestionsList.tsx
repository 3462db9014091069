import type { Editor } from '@tiptap/react';
import type { Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';
import { describeSuggestion, suggestionByline } from './describeSuggestion';
import { suggestionHue } from './suggestionHue';
import './suggestions.css';

export type SuggestionsListProps = {
  editor: Editor;
  suggestions: Suggestion[];
};

/**
 * The pending suggested edits, in reading order: what each does, who made it and when, with Accept and
 * Reject; Accept all and Reject all above. Self-contained, so it can sit in any panel.
 */
export function SuggestionsList({ editor, suggestions }: SuggestionsListProps) {
  if (suggestions.length === 0) return <p className="hint">No suggested edits are waiting.</p>;
  return (
    <div className="suggestions">
      <div className="suggestions__all">
        <button type="button" className="button" onClick={() => editor.chain().focus().acceptAllSuggestions().run()}>
          Accept all
        </button>
        <button type="button" className="button" onClick={() => editor.chain().focus().rejectAllSuggestions().run()}>
          Reject all
        </button>
      </div>
      <ol className="suggestions__list">
        {suggestions.map((suggestion) => {
          const what = describeSuggestion(suggestion);
          return (
            <li key={suggestion.id} className="suggestions__item" style={{ borderInlineStartColor: `hsl(${suggestionHue(suggestion.author ?? '')} 60% 50%)` }}>
              <p className="suggestions__what">{what}</p>
              <p className="suggestions__by">{suggestionByline(suggestion)}</p>
              <div className="suggestions__actions">
                <button type="button" className="button" aria-label={`Accept: ${what}`} onClick={() => editor.chain().focus().acceptSuggestion(suggestion.id).run()}>
                  Accept
                </button>
                <button type="button" className="button" aria-label={`Reject: ${what}`} onClick={() => editor.chain().focus().rejectSuggestion(suggestion.id).run()}>
                  Reject
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
