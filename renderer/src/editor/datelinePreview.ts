import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const datelineKey = new PluginKey<string>('datelinePreview');

/**
 * Shows the dateline where the website puts it, opening the first paragraph ("RUSSIA: Vladimir…").
 * Only a decoration: the dateline stays a field of its own and the body is not changed.
 */
export const DatelinePreview = Extension.create({
  name: 'datelinePreview',

  addProseMirrorPlugins() {
    return [
      new Plugin<string>({
        key: datelineKey,
        state: {
          init: () => '',
          apply: (transaction, value) => {
            const next: unknown = transaction.getMeta(datelineKey);
            return typeof next === 'string' ? next : value;
          },
        },
        props: {
          decorations: (state) => {
            const dateline = datelineKey.getState(state)?.trim() ?? '';
            const first = state.doc.firstChild;
            if (dateline === '' || first?.type.name !== 'paragraph') return null;
            const widget = () => {
              const span = document.createElement('span');
              span.className = 'nd-dateline';
              span.contentEditable = 'false';
              span.setAttribute('aria-hidden', 'true');
              span.textContent = `${dateline}:`;
              return span;
            };
            return DecorationSet.create(state.doc, [Decoration.widget(1, widget, { side: -1, key: `dateline:${dateline}` })]);
          },
        },
      }),
    ];
  },
});

/** Tells the body which dateline to show; not an edit, so not in undo history. */
export function showDateline(editor: Editor, dateline: string): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(datelineKey, dateline).setMeta('addToHistory', false));
}
