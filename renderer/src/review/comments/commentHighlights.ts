import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { threadRanges, threadsAt } from './commentRanges';
import { isPlainTyping } from '../../editor/plainTyping';

const isCommentMark = (name: string) => name === 'comment';

/** What the highlights ask of the screen around the editor; the screen fills these in (it knows the threads). */
export type CommentBridge = {
  /** Threads whose words are highlighted: the open ones, and the one being written. */
  visible: () => ReadonlySet<string>;
  /** The thread shown in the panel, highlighted more strongly. */
  active: () => string | null;
  /** A click on highlighted words opens their thread. */
  onOpen: (thread: string) => void;
  /** Ctrl+Alt+M (Cmd+Option+M): Add comment. */
  onAdd: () => void;
};

export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights');

function decorate(state: EditorState, bridge: CommentBridge): DecorationSet {
  const visible = bridge.visible();
  const active = bridge.active();
  const decorations: Decoration[] = [];
  for (const [thread, range] of threadRanges(state.doc)) {
    if (!visible.has(thread)) continue;
    state.doc.nodesBetween(range.from, range.to, (node, pos) => {
      if (!node.isText || !node.marks.some((mark) => mark.type.name === 'comment' && mark.attrs.thread === thread)) return true;
      const className = thread === active ? 'comment-highlight comment-highlight--active' : 'comment-highlight';
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: className, 'data-thread': thread }));
      return false;
    });
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Tells the highlights the threads changed (opened, resolved, the panel's thread): they are drawn again. */
export function refreshCommentHighlights(editor: Editor): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, true).setMeta('addToHistory', false));
}

/**
 * Draws the words of open comment threads (resolved ones are hidden from the text), opens a thread
 * when its words are clicked, and gives Add comment its shortcut.
 */
export const CommentHighlights = Extension.create<{ bridge: CommentBridge | null }>({
  name: 'commentHighlights',

  addOptions() {
    return { bridge: null };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        this.options.bridge?.onAdd();
        return this.options.bridge !== null;
      },
    };
  },

  addProseMirrorPlugins() {
    const bridge = this.options.bridge;
    if (bridge === null) return [];
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => decorate(state, bridge),
          apply: (tr, previous, _old, state) => {
            if (tr.getMeta(commentHighlightsKey) === true) return decorate(state, bridge);
            if (!tr.docChanged) return previous;
            // Typing moves the highlights with the text; only a change that may add or remove a comment mark looks again.
            return isPlainTyping(tr, isCommentMark) ? previous.map(tr.mapping, tr.doc) : decorate(state, bridge);
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
          handleClick: (view, pos) => {
            const visible = bridge.visible();
            const thread = threadsAt(view.state.doc, pos).find((id) => visible.has(id));
            if (thread !== undefined) bridge.onOpen(thread);
            return false;
          },
        },
      }),
    ];
  },
});
