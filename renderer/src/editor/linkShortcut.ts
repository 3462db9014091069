import { Extension } from '@tiptap/core';

export type LinkShortcutOptions = {
  /** Opens the link dialog (the toolbar's "Link" button does the same). */
  onRequest: () => void;
};

/** Mod-K asks for the link dialog, as in word processors. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',

  addOptions() {
    return { onRequest: () => {} };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequest();
        return true;
      },
    };
  },
});
