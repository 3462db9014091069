import { Extension } from '@tiptap/core';
import {
  applySuggestion,
  applySuggestions,
  isSuggestChangesEnabled,
  revertSuggestion,
  revertSuggestions,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import { closeHistory } from '@tiptap/pm/history';
import type { Command, EditorState, Transaction } from '@tiptap/pm/state';
import { stampSuggestions } from './stampSuggestions';
import { decorateOnlyWithSuggestions, suggestionsPresent } from './suggestionsPresent';
import { COMMENT_MARK_META } from '../marks/comment';

export type SuggestChangesOptions = {
  /** The name suggestions are made under (Settings > "Your name", or the server's person). */
  author: () => string;
  /** The time a suggestion is stamped with. */
  now: () => Date;
  /** A fresh id per suggestion: a UUID, so two laptops suggesting offline never share one. */
  generateId: () => string;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns suggestion mode on or off: while on, edits become suggestions. */
      setSuggestMode: (enabled: boolean) => ReturnType;
      /** Accepts one suggestion, in one transaction (one undo step). */
      acceptSuggestion: (id: string) => ReturnType;
      /** Rejects one suggestion, in one transaction. */
      rejectSuggestion: (id: string) => ReturnType;
      /** Accepts every suggestion, in one transaction. */
      acceptAllSuggestions: () => ReturnType;
      /** Rejects every suggestion, in one transaction. */
      rejectAllSuggestions: () => ReturnType;
    };
  }
}

function fromOtherSource(tr: Transaction): boolean {
  const ySync: unknown = tr.getMeta('y-sync$');
  const yMeta = typeof ySync === 'object' && ySync !== null ? ySync : {};
  const suggestMeta: unknown = tr.getMeta(suggestChangesKey);
  return (
    tr.getMeta('history$') !== undefined ||
    tr.getMeta('collab$') !== undefined ||
    tr.getMeta(COMMENT_MARK_META) === true ||
    ('isUndoRedoOperation' in yMeta && yMeta.isUndoRedoOperation === true) ||
    ('isChangeOrigin' in yMeta && yMeta.isChangeOrigin === true) ||
    (typeof suggestMeta === 'object' && suggestMeta !== null && 'skip' in suggestMeta)
  );
}

/** Runs a library command on the command's own transaction, kept apart in the history: one undo step. */
function ownUndoStep(command: Command, state: EditorState, tr: Transaction, dispatch: ((tr: Transaction) => void) | undefined): boolean {
  const done = command(state, dispatch);
  if (done && dispatch) closeHistory(tr);
  return done;
}

/**
 * Suggested edits (track changes) with `@handlewithcare/prosemirror-suggest-changes`: while the mode is
 * on, each local transaction is rewritten into insertion, deletion and modification marks, stamped
 * with the author and time. Undo/redo, remote (Yjs) changes and accept/reject pass through untouched.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { author: () => '', now: () => new Date(), generateId: () => globalThis.crypto.randomUUID() };
  },

  addProseMirrorPlugins() {
    return [suggestionsPresent, decorateOnlyWithSuggestions(suggestChanges())];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!isSuggestChangesEnabled(state) || !transaction.docChanged || fromOtherSource(transaction)) {
      next(transaction);
      return;
    }
    const generateId = this.options.generateId;
    const tracked = transformToSuggestionTransaction(transaction, state, () => generateId());
    next(stampSuggestions(tracked, { author: this.options.author(), at: this.options.now().toISOString() }));
  },

  addCommands() {
    return {
      setSuggestMode:
        (enabled) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestChangesKey, { skip: true, enabled });
          return true;
        },
      acceptSuggestion:
        (id) =>
        ({ state, tr, dispatch }) =>
          ownUndoStep(applySuggestion(id), state, tr, dispatch),
      rejectSuggestion:
        (id) =>
        ({ state, tr, dispatch }) =>
          ownUndoStep(revertSuggestion(id), state, tr, dispatch),
      acceptAllSuggestions:
        () =>
        ({ state, tr, dispatch }) =>
          ownUndoStep(applySuggestions, state, tr, dispatch),
      rejectAllSuggestions:
        () =>
        ({ state, tr, dispatch }) =>
          ownUndoStep(revertSuggestions, state, tr, dispatch),
    };
  },
});
