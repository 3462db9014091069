import { Extension, type AnyExtension, type Content } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { initProseMirrorDoc, ProsemirrorBinding, ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { syncChangedBlockOnly } from './changedBlockSync';
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

type YMapping = Map<Y.AbstractType<unknown>, unknown>;

/** The sync plugin's binding of a body bound to a live document; null for a body with its own history. */
export function bindingOf(state: EditorState): ProsemirrorBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  const binding: unknown = typeof sync === 'object' && sync !== null && 'binding' in sync ? sync.binding : null;
  return binding instanceof ProsemirrorBinding ? binding : null;
}

/**
 * The body starts as the live document's, read once when the editor is made, with y-prosemirror's mapping
 * of Yjs types to the nodes read (`initProseMirrorDoc`, as y-prosemirror advises). Without a mapping, its
 * sync plugin reads the whole body from Yjs again each time the editor's plugins are set up anew (Tiptap's
 * EditorContent registers one as it mounts): the new nodes equal the ones on screen, so ProseMirror keeps
 * the old ones in its view, and from then on compared every block of the body, deeply, at every key
 * (about 0.25 ms a key at 10,000 words). A change to the body that arrives before the view binds to the
 * document is drawn by reading it whole, as before.
 */
const BodyFromLiveDoc = Extension.create<{ fragment: Y.XmlFragment | null; mapping: YMapping }, { changedBeforeView: boolean; stopWatching: () => void }>({
  name: 'bodyFromLiveDoc',
  addOptions() {
    return { fragment: null, mapping: new Map() };
  },
  addStorage() {
    return { changedBeforeView: false, stopWatching: () => {} };
  },
  onBeforeCreate() {
    const { fragment, mapping } = this.options;
    if (fragment === null) return;
    const initial = initProseMirrorDoc(fragment, this.editor.schema);
    for (const [type, node] of initial.mapping.entries()) if (type instanceof Y.AbstractType) mapping.set(type, node);
    // Tiptap takes a ProseMirror node as content and keeps it as it is (createNodeFromContent), though its
    // `Content` type names only HTML and JSON: the nodes on screen are then the very ones in the mapping.
    this.editor.options.content = initial.doc as unknown as Content;
    const storage = this.storage;
    const markChanged = () => {
      storage.changedBeforeView = true;
    };
    fragment.observeDeep(markChanged);
    storage.stopWatching = () => fragment.unobserveDeep(markChanged);
  },
  onDestroy() {
    this.storage.stopWatching();
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin({
        // After the sync plugin's own view (this extension comes after Collaboration), so its binding has the view.
        view: (view) => {
          storage.stopWatching();
          const binding = bindingOf(view.state);
          if (storage.changedBeforeView) binding?._forceRerender();
          storage.changedBeforeView = false;
          const restore = binding ? syncChangedBlockOnly(binding, view) : () => {};
          return { destroy: restore };
        },
      }),
    ];
  },
});

/** The body bound to the draft's live document: Collaboration on its `body` fragment, with Yjs's undo. */
export function liveBodyExtensions(doc: Y.Doc): AnyExtension[] {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const mapping: YMapping = new Map();
  return [
    Collaboration.configure({ fragment, ySyncOptions: { mapping } }),
    BodyFromLiveDoc.configure({ fragment, mapping }),
    CardUndoSteps,
    ReadOnlyGuard,
  ];
}
