import type { MenuItemTemplate } from './buildMenuTemplate';

/** What Electron's `context-menu` event says about the place the user right-clicked (a subset of its params). */
export type ContextMenuPlace = {
  isEditable: boolean;
  selectionText: string;
  /** The word under the pointer when the spellchecker flags it, else ''. */
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
};

export type ContextMenuActions = {
  /** Replaces the misspelled word with a suggestion (webContents.replaceMisspelling). */
  replaceMisspelling: (suggestion: string) => void;
  /** Adds the word to the user's dictionary (session.addWordToSpellCheckerDictionary). */
  addToDictionary: (word: string) => void;
};

const separator: MenuItemTemplate = { type: 'separator' };
const MAX_SUGGESTIONS = 6;

function spellingItems(place: ContextMenuPlace, actions: ContextMenuActions): MenuItemTemplate[] {
  const word = place.misspelledWord;
  if (!place.isEditable || word === '') return [];
  const suggestions = place.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map(
    (suggestion): MenuItemTemplate => ({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) }),
  );
  return [
    ...(suggestions.length > 0 ? suggestions : [{ label: 'No Spelling Suggestions', enabled: false }]),
    separator,
    { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) },
    separator,
  ];
}

/**
 * The menu a right-click shows, like a browser's or a word processor's. In the body and every field:
 * the spellchecker's suggestions for a flagged word (each replaces it) and "Add to Dictionary", then
 * Cut, Copy, Paste, Paste as Plain Text and Select All, each enabled only where Chromium says it can
 * act. On text that cannot be edited, Copy for a selection. Empty when there is nothing to offer (no
 * menu is shown then).
 */
export function buildContextMenuTemplate(place: ContextMenuPlace, actions: ContextMenuActions): MenuItemTemplate[] {
  const flags = place.editFlags;
  if (place.isEditable) {
    return [
      ...spellingItems(place, actions),
      { role: 'cut', label: 'Cut', enabled: flags.canCut },
      { role: 'copy', label: 'Copy', enabled: flags.canCopy },
      { role: 'paste', label: 'Paste', enabled: flags.canPaste },
      // Chromium pastes the clipboard's text/plain alone, through the page's paste handler.
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', enabled: flags.canPaste },
      separator,
      { role: 'selectAll', label: 'Select All', enabled: flags.canSelectAll },
    ];
  }
  if (place.selectionText.trim() === '') return [];
  return [{ role: 'copy', label: 'Copy', enabled: flags.canCopy }];
}
