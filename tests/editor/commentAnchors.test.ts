// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { markSelectionForThread, threadRanges } from '../../renderer/src/review/comments/commentRanges';
import { reconnect, twoLiveEditors } from './liveEditors';

const THREAD = '6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c1a90';
const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function twoLaptops(relay: boolean) {
  return twoLiveEditors(['The wall fell at 2am.', 'Officials blamed the tide.'], { relay }, editors);
}

/** Position just after `text` in the body. */
function after(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text?.includes(text)) found = pos + (node.text.indexOf(text) + text.length);
    return found === -1;
  });
  if (found === -1) throw new Error(`no “${text}”`);
  return found;
}

function quote(editor: Editor): string | null {
  const range = threadRanges(editor.state.doc).get(THREAD);
  return range === undefined ? null : editor.state.doc.textBetween(range.from, range.to, '|');
}

function commentOn(editor: Editor, text: string): void {
  const end = after(editor, text);
  editor.commands.setTextSelection({ from: end - text.length, to: end });
  expect(markSelectionForThread(editor, THREAD)).toBe(true);
}

describe('a comment’s highlight follows its words', () => {
  it('through typing inside them, a split and a join, and undo never takes the comment away', () => {
    const { editors: [mine] } = twoLaptops(false);
    commentOn(mine, 'blamed the tide');
    mine.commands.insertContentAt(after(mine, 'blamed'), ' firmly');
    expect(quote(mine)).toBe('blamed firmly the tide');
    mine.commands.setTextSelection(after(mine, 'firmly'));
    mine.commands.splitBlock();
    expect(quote(mine)).toBe('blamed firmly| the tide');
    mine.commands.joinBackward();
    expect(quote(mine)).toBe('blamed firmly the tide');
    // Undo takes back the typing, not the comment (it is not an edit of the copy).
    while (mine.can().undo()) mine.commands.undo();
    expect(quote(mine)).toBe('blamed the tide');
  });

  it('through the other laptop’s edits, made at the same time offline and merged', () => {
    const { docs, editors: [mine, theirs] } = twoLaptops(false);
    commentOn(mine, 'blamed the tide');
    theirs.commands.insertContentAt(after(theirs, 'blamed'), ' openly');
    theirs.commands.insertContentAt(1, 'Update: ');
    reconnect(docs);
    for (const editor of [mine, theirs]) expect(quote(editor)).toBe('blamed openly the tide');
  });

  it('is gone from the text when its words are deleted, so the panel can say “on deleted text”', () => {
    const { editors: [mine, theirs] } = twoLaptops(true);
    commentOn(mine, 'blamed the tide');
    const end = after(theirs, 'blamed the tide');
    theirs.commands.deleteRange({ from: end - 'blamed the tide'.length, to: end });
    expect(quote(mine)).toBeNull();
  });
});
