import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror learns that the caret moved from the page's `selectionchange` event, which Chromium
 * sends as an ordinary task, after any key already waiting. A reporter who selects a word, presses
 * End and then Enter fast enough (or on a busy laptop) had Enter run on the old selection: the word
 * was replaced by the new paragraph. Before any key is handled, the caret is read from the page.
 */
export function takeSelectionFromPage(view: EditorView): void {
  if (view.composing || !view.hasFocus()) return;
  const current = view.state.selection;
  if (!(current instanceof TextSelection)) return;
  const page = (view.root as Document).getSelection();
  if (!page?.anchorNode || !page.focusNode || !view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(page.anchorNode, page.anchorOffset);
    head = view.posAtDOM(page.focusNode, page.focusOffset);
  } catch {
    return;
  }
  if (anchor === current.anchor && head === current.head) return;
  const { doc } = view.state;
  if (anchor < 0 || head < 0 || anchor > doc.content.size || head > doc.content.size) return;
  const next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  if (next.eq(current)) return;
  view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false));
}

/** Runs before every keymap (highest priority) and handles nothing itself. */
export const SelectionBeforeKeys = Extension.create({
  name: 'selectionBeforeKeys',
  priority: 100_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('selectionBeforeKeys'),
        props: {
          handleKeyDown: (view) => {
            takeSelectionFromPage(view);
            return false;
          },
        },
      }),
    ];
  },
});
