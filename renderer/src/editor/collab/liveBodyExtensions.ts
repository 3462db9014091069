import { Extension, type AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { BODY_FIELD } from '../../../../electron/shared/sync/draftDocShape';

// prosemirror-history's closeHistory(tr) sets the meta of its PluginKey('closeHistory'), whose key is this string.
const CLOSE_HISTORY_META = 'closeHistory$';

/** The Yjs undo manager of a body bound to a live document; null for a body with its own history. */
export function undoManagerOf(state: EditorState): Y.UndoManager | null {
  const undo: unknown = yUndoPluginKey.getState(state);
  if (typeof undo !== 'object' || undo === null || !('undoManager' in undo)) return null;
  return undo.undoManager instanceof Y.UndoManager ? undo.undoManager : null;
}

/**
 * Card actions (ad slot, related link, figure insert, move, delete) close the history so each is one undo step.
 * With Collaboration the undo manager is Yjs's: stop its capturing before such a change, and again once the
 * change is on its stack, so neither the typing before nor the typing after is taken back with it.
 */
const CardUndoSteps = Extension.create({
  name: 'cardUndoSteps',
  addProseMirrorPlugins() {
    let separateNext = false;
    return [
      new Plugin({
        filterTransaction: (transaction, state) => {
          if (transaction.getMeta(CLOSE_HISTORY_META) !== true) return true;
          undoManagerOf(state)?.stopCapturing();
          if (transaction.docChanged) separateNext = true;
          return true;
        },
        view: (view) => {
          const manager = undoManagerOf(view.state);
          const handleAdded = () => {
            if (!separateNext) return;
            separateNext = false;
            manager?.stopCapturing();
          };
          manager?.on('stack-item-added', handleAdded);
          return { destroy: () => manager?.off('stack-item-added', handleAdded) };
        },
      }),
    ];
  },
});

/**
 * A read-only editor (a viewer's) changes nothing, whatever asks (a card's buttons, a command): only changes
 * arriving from the document pass, so the viewer's copy never holds what the server would drop.
 */
const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',
  addProseMirrorPlugins() {
    const { editor } = this;
    return [new Plugin({ filterTransaction: (transaction) => !transaction.docChanged || editor.isEditable || transaction.getMeta(ySyncPluginKey) !== undefined })];
  },
});

/** The body bound to the draft's live document: Collaboration on its `body` fragment, with Yjs's undo. */
export function liveBodyExtensions(doc: Y.Doc): AnyExtension[] {
  return [Collaboration.configure({ document: doc, field: BODY_FIELD }), CardUndoSteps, ReadOnlyGuard];
}
