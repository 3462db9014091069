// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { CharacterCount } from '@tiptap/extensions';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { adPlacementWarnings } from '../../electron/shared/editor/adPlacementWarnings';
import { defaultSiteSettings } from '../../electron/shared/model/settings';
import { wordCount } from '../../electron/shared/model/wordCount';
import { bodyStats } from '../../renderer/src/editor/bodyMeasure';
import { AdWarnings, adWarningsAt, adWarningsKey } from '../../renderer/src/inserters/adWarningsExtension';
import seedMarkdown from '../fixtures/shared/seed-article.md?raw';
import { seedArticleBodyFrom } from '../shared/seedArticleBlocks';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function makeEditor(content: JSONContent[]): Editor {
  const rules = () => defaultSiteSettings.adRules;
  editor = new Editor({ extensions: [...articleExtensions({ output: 'editor' }), CharacterCount, AdWarnings.configure({ rules })], content: { type: 'doc', content } });
  return editor;
}

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

/** Copy with every kind of block: marks across words, hard breaks, lists, quotes, headings, ads, related links. */
const mixedCopy: JSONContent[] = [
  paragraph(text('LONDON: Water '), text('reached', [{ type: 'bold' }]), text('two metres — at 10 o’clock, don’t panic.')),
  { type: 'heading', attrs: { level: 2 }, content: [text('What happened')] },
  paragraph(text('Line one'), { type: 'hardBreak' }, text('line two, 3.5 metres')),
  { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } },
  { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Sandbags'))] }, { type: 'listItem', content: [paragraph(text('Roads closed until noon'))] }] },
  { type: 'blockquote', content: [paragraph(text('We heard it go, like thunder'))] },
  { type: 'relatedLink', attrs: { href: 'https://news.example.com/a', title: 'Earlier floods', label: 'Also Read:' } },
  paragraph(),
];

function expectCountsAsTheStoreAndTiptap(current: Editor): void {
  expect(bodyStats(current.state.doc)).toEqual({ words: wordCount(current.getJSON()), characters: current.storage.characterCount.characters() });
}

/** The blocks the placement rules warn, by index, with their messages, for the body as it now is. */
function warnedByTheRules(current: Editor): [number, string[]][] {
  const byBlock = new Map<number, string[]>();
  for (const warning of adPlacementWarnings({ type: 'doc', content: current.getJSON().content ?? [] }, defaultSiteSettings.adRules)) {
    byBlock.set(warning.blockIndex, [...(byBlock.get(warning.blockIndex) ?? []), warning.message]);
  }
  return [...byBlock];
}

/** The blocks whose cards show warnings, by index, with their messages. */
function warnedOnScreen(current: Editor): [number, string[]][] {
  const shown: [number, string[]][] = [];
  current.state.doc.forEach((_block, offset, index) => {
    const messages = adWarningsAt(current.state, offset);
    if (messages.length > 0) shown.push([index, [...messages]]);
  });
  return shown;
}

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('the live counts under the body', () => {
  it('count words as the store does and characters as Tiptap does, on the seed article and mixed copy', () => {
    expectCountsAsTheStoreAndTiptap(makeEditor(seedArticleBodyFrom(seedMarkdown).content));
    editor?.destroy();
    const mixed = makeEditor(mixedCopy);
    expectCountsAsTheStoreAndTiptap(mixed);
    expect(bodyStats(mixed.state.doc).words).toBeGreaterThan(20);
  });

  it('follow typing, splitting and deleting blocks', () => {
    const current = makeEditor(mixedCopy);
    const before = bodyStats(current.state.doc).words;
    current.commands.insertContentAt(3, 'three new words ');
    expect(bodyStats(current.state.doc).words).toBe(before + 3);
    expectCountsAsTheStoreAndTiptap(current);
    current.commands.setTextSelection(10);
    current.commands.splitBlock();
    expectCountsAsTheStoreAndTiptap(current);
    current.commands.deleteRange({ from: 1, to: current.state.doc.child(0).nodeSize + 5 });
    expectCountsAsTheStoreAndTiptap(current);
  });
  it('stay right over a long run of keystrokes in several paragraphs and scripts, each counted from the last', () => {
    const current = makeEditor(mixedCopy);
    const typed = ['Flood ', '洪水淹没了', ' Наводнение ', 'فيضان ', 'x'];
    for (let step = 0; step < 40; step += 1) {
      const block = [0, 2, 5][step % 3] ?? 0;
      let at = 1;
      current.state.doc.forEach((node, offset, index) => {
        if (index === block) at = offset + 1 + Math.min(3, node.content.size);
      });
      if (step % 4 === 3) current.commands.deleteRange({ from: at, to: at + 1 });
      else current.commands.insertContentAt(at, typed[step % typed.length] ?? '');
      expectCountsAsTheStoreAndTiptap(current);
    }
  });
});

describe('ad warnings while typing', () => {
  it('stay the same warnings, so no ad card is drawn again, when typing does not change them', () => {
    const current = makeEditor(seedArticleBodyFrom(seedMarkdown).content);
    const before = adWarningsKey.getState(current.state)?.byBlock;
    expect(before?.size).toBeGreaterThan(0);
    current.commands.insertContentAt(5, 'more ');
    expect(adWarningsKey.getState(current.state)?.byBlock).toBe(before);
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
  });

  it('always say what the rules say for the body as it now is, after every kind of edit', () => {
    const current = makeEditor(seedArticleBodyFrom(seedMarkdown).content);
    const expected = () => warnedByTheRules(current);
    const shownBlocks = () => warnedOnScreen(current);
    const paragraphBefore = (ad: number) => {
      let seen = 0;
      let from = -1;
      let size = 0;
      let previous: { offset: number; size: number } | null = null;
      current.state.doc.forEach((block, offset) => {
        if (from >= 0) return;
        if (block.type.name === 'adSlot' && (seen += 1) === ad && previous) ({ offset: from, size } = previous);
        previous = block.type.name === 'paragraph' ? { offset, size: block.nodeSize } : null;
      });
      return { from, to: from + size };
    };
    const edits: (() => void)[] = [
      () => current.commands.insertContentAt(5, 'typed '),
      // Delete the first ad: the next one takes its place in the list of ads.
      () => {
        let adAt = -1;
        current.state.doc.forEach((block, offset) => {
          if (adAt < 0 && block.type.name === 'adSlot') adAt = offset;
        });
        current.commands.deleteRange({ from: adAt, to: adAt + 1 });
      },
      // One paragraph fewer between two ads: the same ads are warned, with other words.
      () => current.commands.deleteRange(paragraphBefore(2)),
      () => current.commands.insertContentAt(1, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'New subheading' }] }),
      () => current.commands.undo(),
      () => current.commands.deleteRange({ from: 1, to: current.state.doc.child(0).nodeSize + current.state.doc.child(1).nodeSize }),
    ];
    for (const edit of edits) {
      edit();
      expect(shownBlocks()).toEqual(expected());
    }
  });
  it('follow the word count across the allowance of one ad per so many words, typing in one paragraph', () => {
    const { wordsPerAd } = defaultSiteSettings.adRules;
    const ad = { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } };
    const copy = () => paragraph(text(words(10)));
    const current = makeEditor([copy(), copy(), copy(), ad, copy(), copy(), copy(), ad, copy()]);
    const allowanceWarned = () => warnedOnScreen(current).filter(([, messages]) => messages.some((message) => message.includes('long enough'))).length;
    // 70 words: too short for either ad.
    expect(allowanceWarned()).toBe(2);
    // Words typed into the first paragraph, up to one ad's worth: the first ad is allowed now.
    current.commands.insertContentAt(2, `${words(wordsPerAd - 70, 'more')} `);
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
    expect(allowanceWarned()).toBe(1);
    current.commands.insertContentAt(2, `${words(wordsPerAd, 'again')} `);
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
    expect(allowanceWarned()).toBe(0);
    // Deleting the words again: the warnings come back.
    const first = current.state.doc.child(0);
    current.commands.deleteRange({ from: 1, to: first.nodeSize - 1 - 'word word'.length });
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
    expect(allowanceWarned()).toBe(2);
  });

  it('appear when an ad placed automatically is made a hand-placed one, and go when it is made automatic again', () => {
    const current = makeEditor([{ type: 'adSlot', attrs: { format: 'inline', placement: 'auto' } }, paragraph(text(words(200)))]);
    expect(warnedOnScreen(current)).toEqual([]);
    const setPlacement = (placement: string) => current.view.dispatch(current.state.tr.setNodeMarkup(0, undefined, { ...current.state.doc.child(0).attrs, placement }));
    setPlacement('manual');
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
    expect(warnedOnScreen(current).map(([index]) => index)).toEqual([0]);
    setPlacement('auto');
    expect(warnedOnScreen(current)).toEqual([]);
  });

  it('follow a paragraph emptied or filled, which changes what counts as the paragraphs between ads', () => {
    const ad = { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } };
    const copy = () => paragraph(text(words(60)));
    const current = makeEditor([copy(), copy(), copy(), ad, copy(), copy(), copy(), ad, copy()]);
    expect(warnedOnScreen(current)).toEqual([]);
    const fifth = current.state.doc.child(4);
    let at = 0;
    current.state.doc.forEach((block, offset) => {
      if (block === fifth) at = offset;
    });
    current.commands.deleteRange({ from: at + 1, to: at + fifth.nodeSize - 1 });
    expect(warnedOnScreen(current)).toEqual(warnedByTheRules(current));
    expect(warnedOnScreen(current).map(([index]) => index)).toEqual([7]);
    current.commands.insertContentAt(at + 1, 'Back again.');
    expect(warnedOnScreen(current)).toEqual([]);
  });
});
