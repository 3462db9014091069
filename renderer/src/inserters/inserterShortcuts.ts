import { Extension, type Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { placeAdsAutomatically, type AdPlacementReport } from '../../../electron/shared/editor/adPlacement';
import { defaultSiteSettings, type AdRules } from '../../../electron/shared/model/settings';

export type InserterShortcutOptions = {
  /** The rules and default format in force. */
  rules: () => AdRules;
  /** Opens the "Insert related link" dialog. */
  onRelatedLink: () => void;
};

/** Inserts a hand-placed ad slot of the site's default format at the cursor; the caret goes to the paragraph after it. */
export function insertDefaultAd(editor: Editor, rules: AdRules): boolean {
  return editor.commands.insertAdSlot({ format: rules.defaultFormat, placement: 'manual' }) || editor.commands.insertAdSlot({ placement: 'manual' });
}

/** What "Place ads automatically" did to the body, and whether it changed anything. */
export type PlaceAdsResult = AdPlacementReport & { changed: boolean };

/** Sets the body's ads right by the rules, as one undoable step, and says what it did and left. */
export function placeAds(editor: Editor, rules: AdRules): PlaceAdsResult {
  const report = placeAdsAutomatically({ type: 'doc', content: editor.getJSON().content ?? [] }, rules);
  const doc = editor.schema.nodeFromJSON(report.doc);
  const { state } = editor;
  if (doc.eq(state.doc)) return { ...report, changed: false };
  const transaction = state.tr.replaceWith(0, state.doc.content.size, doc.content);
  // Keep the caret near where it was rather than selecting whatever block ends the body.
  const near = transaction.doc.resolve(Math.min(state.selection.from, transaction.doc.content.size));
  editor.view.dispatch(transaction.setSelection(Selection.near(near)));
  return { ...report, changed: true };
}

/** Keyboard ways to the inserters: Mod-Alt-A for an ad slot, Mod-Alt-R for a related link (`/ad` and `/related` are slash commands). */
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
    };
  },
});
