import type { Editor } from '@tiptap/react';
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isPlainTyping } from '../../editor/plainTyping';
import { isSuggestionMarkName } from '../../../../electron/shared/editor/suggestions/suggestionMarks';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { listSuggestions, type Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';

export type SuggestionsState = { suggesting: boolean; suggestions: Suggestion[] };

/** The body's pending suggestions and whether Suggest edits is on, kept up to date with the editor. */
export function useSuggestions(editor: Editor): SuggestionsState {
  const cache = useRef<{ doc: PmNode; suggesting: boolean; state: SuggestionsState } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const handle = ({ transaction }: { transaction: Transaction }) => {
        // With no suggestion in the article and the mode off, plain typing cannot make one: the list stays
        // empty without looking through the whole article again at this key.
        const current = cache.current;
        if (current !== null && current.state.suggestions.length === 0 && !current.suggesting && !isSuggestChangesEnabled(editor.state) && isPlainTyping(transaction, isSuggestionMarkName)) {
          current.doc = editor.state.doc;
          return;
        }
        listener();
      };
      editor.on('transaction', handle);
      return () => void editor.off('transaction', handle);
    },
    [editor],
  );
  const snapshot = () => {
    const doc = editor.state.doc;
    const suggesting = isSuggestChangesEnabled(editor.state);
    if (cache.current?.doc !== doc || cache.current.suggesting !== suggesting) {
      const suggestions = listSuggestions(doc);
      const previous = cache.current?.state;
      // The same list again is no change: typing elsewhere must not render the whole editor screen again.
      const same = previous !== undefined && previous.suggesting === suggesting && JSON.stringify(previous.suggestions) === JSON.stringify(suggestions);
      cache.current = { doc, suggesting, state: same ? previous : { suggesting, suggestions } };
    }
    return cache.current.state;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
