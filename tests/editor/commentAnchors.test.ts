// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';
import { markSelectionForThread, threadRanges } from '../../renderer/src/review/comments/commentRanges';

const THREAD = '6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c1a90';
const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Two laptops' editors on one draft's live documents; `relay` passes every change across at once. */
function twoLaptops(relay: boolean): { docs: [Y.Doc, Y.Doc]; editors: [Editor, Editor] } {
  const first = new Y.Doc();
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  prosemirrorJSONToYXmlFragment(articleSchema(), { type: 'doc', content: [paragraph('The wall fell at 2am.'), paragraph('Officials blamed the tide.')] }, first.getXmlFragment(BODY_FIELD));
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  if (relay) {
    const REMOTE = Symbol('remote');
    first.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(second, update, REMOTE));
    second.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(first, update, REMOTE));
  }
  const made = [first, second].map((doc) => new Editor({ extensions: editorExtensions({ liveDoc: doc }), injectCSS: false }));
  editors.push(...made);
  const [a, b] = made;
  if (!a || !b) throw new Error('Two editors were not made.');
  return { docs: [first, second], editors: [a, b] };
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
    Y.applyUpdate(docs[0], Y.encodeStateAsUpdate(docs[1], Y.encodeStateVector(docs[0])));
    Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0], Y.encodeStateVector(docs[1])));
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
