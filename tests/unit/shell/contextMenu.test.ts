import { describe, expect, it } from 'vitest';
import { buildContextMenuTemplate, type ContextMenuPlace } from '../../../electron/core/shell/buildContextMenuTemplate';
import type { MenuItemTemplate } from '../../../electron/core/shell/buildMenuTemplate';
import { spellCheckerLanguages } from '../../../electron/core/shell/spellCheckerLanguages';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function place(fields: Partial<ContextMenuPlace> = {}): ContextMenuPlace {
  return { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: allowed, ...fields };
}

/** The menu as a user reads it: labels, '—' for a separator, '(off)' after a disabled item. */
function read(template: MenuItemTemplate[]): string[] {
  return template.map((item) => (item.type === 'separator' ? '—' : `${item.label ?? item.role ?? '?'}${item.enabled === false ? ' (off)' : ''}`));
}

function noActions() {
  const replaced: string[] = [];
  const added: string[] = [];
  return { replaced, added, actions: { replaceMisspelling: (word: string) => replaced.push(word), addToDictionary: (word: string) => added.push(word) } };
}

function click(template: MenuItemTemplate[], label: string): void {
  const item = template.find((entry) => entry.label === label);
  if (!item?.click) throw new Error(`no ${label} to click`);
  item.click();
}

describe('the right-click menu', () => {
  it('offers the edit commands in the body and every field, each with its standard role', () => {
    const template = buildContextMenuTemplate(place(), noActions().actions);
    expect(read(template)).toEqual(['Cut', 'Copy', 'Paste', 'Paste as Plain Text', '—', 'Select All']);
    expect(template.map((item) => item.role)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', undefined, 'selectAll']);
  });

  it('turns off what cannot be done there: no cut or copy without a selection, no paste with an empty clipboard', () => {
    const template = buildContextMenuTemplate(place({ editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true } }), noActions().actions);
    expect(read(template)).toEqual(['Cut (off)', 'Copy (off)', 'Paste (off)', 'Paste as Plain Text (off)', '—', 'Select All']);
  });

  it('puts the spellchecker\'s suggestions first on a flagged word; choosing one replaces it, and the word can join the dictionary', () => {
    const { actions, replaced, added } = noActions();
    const template = buildContextMenuTemplate(place({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }), actions);
    expect(read(template)).toEqual(['government', 'governments', '—', 'Add to Dictionary', '—', 'Cut', 'Copy', 'Paste', 'Paste as Plain Text', '—', 'Select All']);
    click(template, 'government');
    click(template, 'Add to Dictionary');
    expect(replaced).toEqual(['government']);
    expect(added).toEqual(['goverment']);
  });

  it('says when the spellchecker has no suggestion, and offers at most six', () => {
    expect(read(buildContextMenuTemplate(place({ misspelledWord: 'Zelenskiy' }), noActions().actions)).slice(0, 3)).toEqual(['No Spelling Suggestions (off)', '—', 'Add to Dictionary']);
    const many = buildContextMenuTemplate(place({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'tech', 'ten', 'tea', 'tee', 'eh', 'heh'] }), noActions().actions);
    expect(read(many).indexOf('—')).toBe(6);
  });

  it('offers Copy alone on selected text that cannot be edited, and no menu on nothing', () => {
    expect(read(buildContextMenuTemplate(place({ isEditable: false, selectionText: 'Putin invites Xi' }), noActions().actions))).toEqual(['Copy']);
    expect(buildContextMenuTemplate(place({ isEditable: false, selectionText: ' ' }), noActions().actions)).toEqual([]);
  });
});

describe('the spellchecker\'s language for an article', () => {
  const chromium = ['af', 'bg', 'de', 'en-AU', 'en-GB', 'en-US', 'es', 'es-419', 'fr', 'pt-BR', 'pt-PT', 'ru', 'uk'];

  it('takes the article\'s own tag, in any case, when there is a dictionary for it', () => {
    expect(spellCheckerLanguages('en-GB', chromium)).toEqual(['en-GB']);
    expect(spellCheckerLanguages('pt-pt', chromium)).toEqual(['pt-PT']);
    expect(spellCheckerLanguages('fr', chromium)).toEqual(['fr']);
  });

  it('falls back to the bare language, US English for English, or the first regional dictionary', () => {
    expect(spellCheckerLanguages('de-AT', chromium)).toEqual(['de']);
    expect(spellCheckerLanguages('en', chromium)).toEqual(['en-US']);
    expect(spellCheckerLanguages('en-IE', chromium)).toEqual(['en-US']);
    expect(spellCheckerLanguages('pt', chromium)).toEqual(['pt-BR']);
  });

  it('checks nothing for a language without a dictionary, rather than flag every word', () => {
    expect(spellCheckerLanguages('ar', chromium)).toEqual([]);
    expect(spellCheckerLanguages('zh-Hant', chromium)).toEqual([]);
  });
});
