// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { defaultSiteSettings } from '../../electron/shared/model/settings';
import { SlashCommands, slashMenuKey, slashOptionId } from '../../renderer/src/editor/slashCommands';
import { describeAdPlacement } from '../../renderer/src/inserters/describeAdPlacement';
import { placeAds } from '../../renderer/src/inserters/inserterShortcuts';
import seedMarkdown from '../fixtures/shared/seed-article.md?raw';
import { seedArticleBodyFrom } from '../shared/seedArticleBlocks';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
let editor: Editor | null = null;

let relatedRequests = 0;

function makeEditor(content: JSONContent[]): Editor {
  const slash = SlashCommands.configure({ rules: () => defaultSiteSettings.adRules, onRelatedLink: () => (relatedRequests += 1) });
  editor = new Editor({ extensions: [...articleExtensions({ output: 'editor' }), slash], content: { type: 'doc', content } });
  return editor;
}
const types = (current: Editor) => (current.getJSON().content ?? []).map((block) => block.type);
/** The body as a short string: `p(One.) ad related p(Hello)`. */
const shape = (current: Editor) =>
  (current.getJSON().content ?? [])
    .map((block) => {
      if (block.type === 'adSlot') return 'ad';
      if (block.type === 'relatedLink') return 'related';
      const text = (block.content ?? []).map((child: JSONContent) => child.text ?? '').join('');
      return `${block.type === 'paragraph' ? 'p' : block.type}(${text})`;
    })
    .join(' ');
const related = { href: 'https://news.example.com/world/a', title: 'A headline' };
/** Types as a reporter does: one transaction per character, at the caret. */
function type(current: Editor, text: string): void {
  for (const character of text) current.view.dispatch(current.state.tr.insertText(character));
}
/** Presses a key the way ProseMirror hears it. */
function press(current: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  return current.view.someProp('handleKeyDown', (handle) => handle(current.view, event)) ?? false;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('inserting a card leaves the caret after it', () => {
  const insertAd = (current: Editor) => current.commands.insertAdSlot({ format: 'inline' });
  const insertRelated = (current: Editor) => current.commands.insertRelatedLink(related);

  it.each([
    ['an ad', [insertAd], 'p(One.) ad p(HelloTwo.)'],
    ['a related link', [insertRelated], 'p(One.) related p(HelloTwo.)'],
    ['an ad then a related link', [insertAd, insertRelated], 'p(One.) ad related p(HelloTwo.)'],
    ['a related link then an ad', [insertRelated, insertAd], 'p(One.) related ad p(HelloTwo.)'],
  ])('keeps %s when the next key is typed at once', (_name, inserts, expected) => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.')]);
    current.commands.setTextSelection(5);
    for (const insert of inserts) expect(insert(current)).toBe(true);
    expect(current.state.selection.empty).toBe(true);
    type(current, 'Hello');
    expect(shape(current)).toBe(expected);
  });

  it('makes the paragraph after a card at the end of the body, or before another card', () => {
    const current = makeEditor([paragraph('One.')]);
    current.commands.setTextSelection(5);
    current.commands.insertAdSlot({ format: 'inline' });
    expect(shape(current)).toBe('p(One.) ad p()');
    current.destroy();
    const cards = makeEditor([paragraph('One.'), { type: 'adSlot', attrs: { format: 'inline' } }, { type: 'adSlot', attrs: { format: 'native' } }]);
    cards.commands.setNodeSelection(cards.state.doc.child(0).nodeSize);
    cards.commands.insertRelatedLink(related);
    type(cards, 'Next');
    expect(shape(cards)).toBe('p(One.) ad related p(Next) ad');
  });

  it('never replaces a selected card or selected words: it inserts after them', () => {
    const current = makeEditor([paragraph('One.'), { type: 'adSlot', attrs: { format: 'inline' } }, paragraph('Two.')]);
    current.commands.setNodeSelection(current.state.doc.child(0).nodeSize);
    expect(current.commands.insertAdSlot({ format: 'native' })).toBe(true);
    expect(shape(current)).toBe('p(One.) ad ad p(Two.)');
    current.commands.setTextSelection({ from: 1, to: 4 });
    expect(current.commands.insertRelatedLink(related)).toBe(true);
    expect(shape(current)).toBe('p(One) related p(.) ad ad p(Two.)');
  });

  it('puts a card between blocks, outside a list or quote the caret is in', () => {
    const current = makeEditor([{ type: 'blockquote', content: [paragraph('Said.')] }, paragraph('After.')]);
    current.commands.setTextSelection(3);
    current.commands.insertAdSlot({ format: 'inline' });
    expect(types(current)).toEqual(['blockquote', 'adSlot', 'paragraph']);
  });

  it('takes back the words typed after an insert, then the insert, one Ctrl+Z each', () => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.')]);
    current.commands.setTextSelection(5);
    current.commands.insertAdSlot({ format: 'inline' });
    type(current, 'Hello');
    current.commands.undo();
    expect(shape(current)).toBe('p(One.) ad p(Two.)');
    current.commands.undo();
    expect(shape(current)).toBe('p(One.) p(Two.)');
  });
});

describe('the / command menu', () => {
  const menu = (current: Editor) => slashMenuKey.getState(current.state);
  const labels = (current: Editor) => menu(current)?.items.map((item) => item.label);

  it('opens on / at the start of a paragraph or after a space, and filters as you type', () => {
    const current = makeEditor([paragraph('One.'), { type: 'paragraph' }]);
    current.commands.setTextSelection(7);
    type(current, '/');
    expect(menu(current)?.open).toBe(true);
    expect(labels(current)).toEqual(['H2 heading', 'H3 heading', 'Quote', 'Bulleted list', 'Numbered list', 'Ad slot', 'Also Read link', 'Image']);
    expect(current.view.dom.getAttribute('aria-activedescendant')).toBe(slashOptionId(0));
    type(current, 'h');
    expect(labels(current)).toEqual(['H2 heading', 'H3 heading']);
    type(current, 'x');
    expect(menu(current)?.open).toBe(false);
    expect(current.view.dom.hasAttribute('aria-activedescendant')).toBe(false);
    current.commands.setTextSelection(3);
    type(current, '/');
    expect(menu(current)?.open).toBe(false);
    current.commands.setTextSelection(5);
    type(current, ' /a');
    expect(labels(current)).toEqual(['Ad slot', 'Also Read link']);
  });

  it('chooses with the arrows and runs the choice with Enter, through the typed commands', () => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.'), { type: 'paragraph' }]);
    current.commands.setTextSelection(13);
    type(current, '/a');
    expect(press(current, 'ArrowDown')).toBe(true);
    expect(menu(current)?.index).toBe(1);
    expect(press(current, 'ArrowUp')).toBe(true);
    expect(press(current, 'Enter')).toBe(true);
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'adSlot', 'paragraph']);
    type(current, 'Typed');
    expect(shape(current)).toBe('p(One.) p(Two.) ad p(Typed)');
    expect(current.state.doc.child(2).attrs).toMatchObject({ format: defaultSiteSettings.adRules.defaultFormat, placement: 'manual' });
  });

  it('runs /h2 typed in full with Enter, and /related opens the dialog after taking the word out', () => {
    const current = makeEditor([{ type: 'paragraph' }]);
    current.commands.setTextSelection(1);
    type(current, '/h2');
    press(current, 'Enter');
    expect(types(current)).toEqual(['heading']);
    current.commands.setParagraph();
    const before = relatedRequests;
    type(current, '/related');
    press(current, 'Enter');
    expect(relatedRequests).toBe(before + 1);
    expect(shape(current)).toBe('p()');
  });

  it('closes with Escape and stays closed for that word, leaving Enter to the editor', () => {
    const current = makeEditor([paragraph('One.')]);
    current.commands.setTextSelection(5);
    type(current, ' /q');
    expect(press(current, 'Escape')).toBe(true);
    expect(menu(current)?.open).toBe(false);
    type(current, 'u');
    expect(menu(current)?.open).toBe(false);
    press(current, 'Enter');
    expect(shape(current)).toBe('p(One. /qu) p()');
  });
});

describe('inserter commands in the editor', () => {
  it('inserts a related link, and refuses one to a javascript:, data: or protocol-relative address', () => {
    const current = makeEditor([paragraph('One.')]);
    current.commands.setTextSelection(5);
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//evil.example.net', 'mailto:a@b.c']) {
      expect(current.commands.insertRelatedLink({ href, title: 'Bad' })).toBe(false);
    }
    expect(current.commands.insertRelatedLink({ href: '', title: 'No address' })).toBe(false);
    expect(current.commands.insertRelatedLink({ href: 'https://news.example.com/a', title: '  A   headline ', label: 'Related:' })).toBe(true);
    const related = current.getJSON().content?.find((block) => block.type === 'relatedLink');
    expect(related?.attrs).toEqual({ href: 'https://news.example.com/a', title: 'A headline', label: 'Related:' });
  });

  it('inserts an ad slot of a known format only, and changes the format of the selected one', () => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.')]);
    current.commands.setTextSelection(5);
    expect(current.commands.insertAdSlot({ format: 'popunder' })).toBe(false);
    expect(current.commands.insertAdSlot({ format: 'native' })).toBe(true);
    const position = current.state.doc.child(0).nodeSize;
    current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, position)));
    expect(current.commands.setAdSlotFormat('billboard')).toBe(false);
    expect(current.commands.setAdSlotFormat('leaderboard')).toBe(true);
    expect(current.state.doc.child(1).attrs).toMatchObject({ format: 'leaderboard', placement: 'manual' });
  });

  it('moves a block up and down as undoable steps, selects it in its place, and stops at the edges', () => {
    const current = makeEditor([paragraph('One.'), { type: 'adSlot', attrs: { format: 'inline' } }, paragraph('Two.')]);
    const adAt = current.state.doc.child(0).nodeSize;
    expect(current.commands.moveBlockEmbed(adAt, 'up')).toBe(true);
    expect(current.state.selection.from).toBe(0);
    expect(types(current)).toEqual(['adSlot', 'paragraph', 'paragraph']);
    expect(current.commands.moveBlockEmbed(0, 'up')).toBe(false);
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'adSlot', 'paragraph']);
    expect(current.commands.moveBlockEmbed(adAt, 'down')).toBe(true);
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'adSlot']);
    expect(current.commands.moveBlockEmbed(current.state.selection.from, 'down')).toBe(false);
  });

  it('deletes a card as its own undo step, apart from the words typed just before', () => {
    const current = makeEditor([paragraph('One.'), { type: 'adSlot', attrs: { format: 'inline' } }, paragraph('Two.')]);
    current.commands.setTextSelection(5);
    type(current, ' More.');
    expect(current.commands.deleteBlockEmbed(current.state.doc.child(0).nodeSize)).toBe(true);
    expect(shape(current)).toBe('p(One. More.) p(Two.)');
    current.commands.undo();
    expect(shape(current)).toBe('p(One. More.) ad p(Two.)');
  });

  it('makes each card action its own undo step, however quickly they follow one another', () => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.'), paragraph('Three.')]);
    current.commands.setTextSelection(5);
    expect(current.commands.insertAdSlot({ format: 'inline' })).toBe(true);
    const position = current.state.doc.child(0).nodeSize;
    current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, position)));
    expect(current.commands.setAdSlotFormat('leaderboard')).toBe(true);
    const moved = current.commands.moveBlockEmbed(position, 'down');
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'adSlot', 'paragraph']);
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'adSlot', 'paragraph', 'paragraph']);
    expect(current.state.doc.child(1).attrs.format).toBe('leaderboard');
    current.commands.undo();
    expect(current.state.doc.child(1).attrs.format).toBe('inline');
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(moved).toBe(true);
  });

  it('places ads by the rules as one step that undo takes back whole', () => {
    const current = makeEditor(Array.from({ length: 8 }, () => paragraph(words(60))));
    expect(placeAds(current, defaultSiteSettings.adRules).changed).toBe(true);
    expect(types(current).filter((name) => name === 'adSlot')).toHaveLength(2);
    const again = placeAds(current, defaultSiteSettings.adRules);
    expect(again.changed).toBe(false);
    expect(describeAdPlacement(again, defaultSiteSettings.adRules)).toEqual({ summary: 'The ads already follow the rules: nothing to change.', left: [] });
    current.commands.undo();
    expect(types(current).filter((name) => name === 'adSlot')).toHaveLength(0);
  });

  it('sets the seed article’s hand-placed ads right, and says so, so no card is left warning', () => {
    const current = makeEditor(seedArticleBodyFrom(seedMarkdown).content);
    const result = placeAds(current, defaultSiteSettings.adRules);
    expect(result.changed).toBe(true);
    expect(describeAdPlacement(result, defaultSiteSettings.adRules)).toEqual({
      summary: 'Moved 2 hand-placed ads to where the rules allow, took out 2 hand-placed ads, as the article is long enough for 3 ads (one per 150 words). Every ad now follows the rules.',
      left: [],
    });
  });

  it('says what it left and why, in the cards’ own words, when nothing follows the rules', () => {
    const current = makeEditor([{ type: 'adSlot', attrs: { format: 'inline' } }, paragraph(words(200)), paragraph(words(200))]);
    const result = placeAds(current, defaultSiteSettings.adRules);
    expect(result.changed).toBe(false);
    expect(describeAdPlacement(result, defaultSiteSettings.adRules)).toEqual({
      summary: 'No ad could be placed or moved by the rules, so nothing changed. What still breaks a rule:',
      left: ['Ad 1: This ad opens the article; put it after some copy.', 'Ad 1: This ad comes after 0 paragraphs; the first ad goes after paragraph 3.'],
    });
  });
});
