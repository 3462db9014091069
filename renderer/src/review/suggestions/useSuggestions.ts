import type { Editor } from '@tiptap/react';
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { listSuggestions, type Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';

export type SuggestionsState = { suggesting: boolean; suggestions: Suggestion[] };

/** The body's pending suggestions and whether Suggest edits is on, kept up to date with the editor. */
export function useSuggestions(editor: Editor): SuggestionsState {
  const cache = useRef<{ doc: PmNode; suggesting: boolean; state: SuggestionsState } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('transaction', listener);
      return () => void editor.off('transaction', listener);
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
