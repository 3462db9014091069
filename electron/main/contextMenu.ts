import { BrowserWindow, Menu, type Session, type WebContents } from 'electron';
import { buildContextMenuTemplate } from '../core/shell/buildContextMenuTemplate';
import { spellCheckerLanguages } from '../core/shell/spellCheckerLanguages';
import { ArticleFields } from '../shared/model/draft';

/** Right-click in the page shows the edit menu with the spellchecker's suggestions (Electron shows none by itself). */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}

/**
 * Sets the spellchecker to the draft's language when the page reports it; a payload that is not a
 * language tag is ignored. A language without a dictionary turns checking off rather than flag every
 * word. On macOS the system's spellchecker finds the language itself (Electron ignores the setting).
 */
export function setSpellCheckLanguage(session: Session, payload: unknown, platform: NodeJS.Platform): void {
  const language = ArticleFields.shape.language.max(35).safeParse(payload);
  if (!language.success || platform === 'darwin') return;
  const languages = spellCheckerLanguages(language.data, session.availableSpellCheckerLanguages);
  session.setSpellCheckerEnabled(languages.length > 0);
  if (languages.length > 0) session.setSpellCheckerLanguages(languages);
}
