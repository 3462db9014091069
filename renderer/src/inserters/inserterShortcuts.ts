import { Extension, type Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { placeAdsAutomatically } from '../../../electron/shared/editor/adPlacement';
import { defaultSiteSettings, type AdRules } from '../../../electron/shared/model/settings';

export type InserterShortcutOptions = {
  /** The rules and default format in force. */
  rules: () => AdRules;
  /** Opens the "Insert related link" dialog. */
  onRelatedLink: () => void;
};

/** Inserts a hand-placed ad slot of the site's default format at the cursor. */
export function insertDefaultAd(editor: Editor, rules: AdRules): boolean {
  return editor.chain().focus().insertAdSlot({ format: rules.defaultFormat, placement: 'manual' }).run() || editor.chain().focus().insertAdSlot({ placement: 'manual' }).run();
}

/** Replaces the body with the same body with ads placed by the rules, as one undoable step. */
export function placeAds(editor: Editor, rules: AdRules): boolean {
  const placed = placeAdsAutomatically({ type: 'doc', content: editor.getJSON().content ?? [] }, rules);
  const doc = editor.schema.nodeFromJSON(placed);
  const { state } = editor;
  if (doc.eq(state.doc)) return false;
  const transaction = state.tr.replaceWith(0, state.doc.content.size, doc.content);
  // Keep the caret near where it was rather than selecting whatever block ends the body.
  const near = transaction.doc.resolve(Math.min(state.selection.from, transaction.doc.content.size));
  editor.view.dispatch(transaction.setSelection(Selection.near(near)));
  return true;
}

/** Runs a `/ad` or `/related` command typed alone in a paragraph when Enter is pressed. */
function runSlashCommand(editor: Editor, options: InserterShortcutOptions): boolean {
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.parent.type.name !== 'paragraph' || $from.parentOffset !== $from.parent.content.size) return false;
  const command = $from.parent.textContent.trim().toLowerCase();
  if (command !== '/ad' && command !== '/related') return false;
  const from = $from.before();
  const to = $from.after();
  if (command === '/related') {
    editor.chain().deleteRange({ from: $from.start(), to: $from.end() }).run();
    options.onRelatedLink();
    return true;
  }
  return editor
    .chain()
    .insertContentAt({ from, to }, [{ type: 'adSlot', attrs: { format: options.rules().defaultFormat, placement: 'manual' } }, { type: 'paragraph' }])
    .run();
}

/** Keyboard ways to the inserters: Mod-Alt-A for an ad slot, Mod-Alt-R for a related link, `/ad` and `/related`. */
export const InserterShortcuts = Extension.create<InserterShortcutOptions>({
  name: 'inserterShortcuts',

  addOptions() {
    return { rules: () => defaultSiteSettings.adRules, onRelatedLink: () => {} };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-a': () => insertDefaultAd(this.editor, this.options.rules()),
      'Mod-Alt-r': () => {
        this.options.onRelatedLink();
        return true;
      },
      Enter: () => runSlashCommand(this.editor, this.options),
    };
  },
});
