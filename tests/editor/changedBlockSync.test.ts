// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { ProsemirrorBinding, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { bindingOf } from '../../renderer/src/editor/collab/liveBodyExtensions';
import { reconnect, twoLiveEditors } from './liveEditors';

const editors: Editor[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const editor of editors.splice(0)) editor.destroy();
});

/** A seeded generator, so a failing sequence of edits can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A place inside some text block of the body. */
function textPosition(editor: Editor, next: () => number): number {
  const positions: number[] = [];
  editor.state.doc.descendants((node, position) => {
    if (node.isTextblock) for (let offset = 0; offset <= node.content.size; offset += 1) positions.push(position + 1 + offset);
    return !node.isTextblock;
  });
  return positions[Math.floor(next() * positions.length)] ?? 1;
}

/** One edit a reporter makes: mostly typing, sometimes deleting, splitting, joining, restyling, a card, an undo. */
function edit(editor: Editor, next: () => number): string {
  const at = textPosition(editor, next);
  editor.commands.setTextSelection(at);
  const roll = next();
  if (roll < 0.45) editor.commands.insertContent('word ');
  else if (roll < 0.55) editor.chain().setTextSelection({ from: Math.max(1, at - 3), to: at }).deleteSelection().run();
  else if (roll < 0.63) editor.commands.splitBlock();
  else if (roll < 0.7) editor.commands.joinBackward();
  else if (roll < 0.76) editor.commands.toggleHeading({ level: 2 });
  else if (roll < 0.82) editor.chain().setTextSelection({ from: Math.max(1, at - 4), to: at }).toggleBold().run();
  else if (roll < 0.87) editor.commands.insertAdSlot({ format: 'inline' });
  else if (roll < 0.94) editor.commands.undo();
  else editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, textPosition(editor, next))));
  return `${roll.toFixed(2)}@${at}`;
}

/** The body as its live document holds it equals the body on screen. */
function expectInStep(editor: Editor, doc: Y.Doc, history: string[]): void {
  const stored = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), editor.schema);
  expect(stored.toJSON(), history.join(' ')).toEqual(editor.state.doc.toJSON());
}

describe('writing only the changed block to the live document', () => {
  it('keeps two laptops and their live documents equal through a few hundred mixed edits on both', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      const { docs, editors: pair } = twoLiveEditors(['First paragraph.', 'Second one here.', 'Third.', 'Fourth and last.'], { relay: true }, editors);
      const history: string[] = [];
      for (let step = 0; step < 150; step += 1) {
        const laptop = next() < 0.5 ? 0 : 1;
        history.push(`${laptop}:${edit(pair[laptop], next)}`);
        expectInStep(pair[0], docs[0], history);
        expectInStep(pair[1], docs[1], history);
        expect(pair[1].state.doc.toJSON(), history.join(' ')).toEqual(pair[0].state.doc.toJSON());
      }
    }
  });

  it('keeps offline copies right through edits on both, then merges them as before', () => {
    const next = random(7);
    const { docs, editors: pair } = twoLiveEditors(['One.', 'Two.', 'Three.'], { relay: false }, editors);
    const history: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      for (let step = 0; step < 25; step += 1) {
        const laptop = next() < 0.5 ? 0 : 1;
        history.push(`${laptop}:${edit(pair[laptop], next)}`);
        expectInStep(pair[laptop], docs[laptop], history);
      }
      reconnect(docs);
      history.push('reconnect');
      expectInStep(pair[0], docs[0], history);
      expect(pair[1].state.doc.toJSON(), history.join(' ')).toEqual(pair[0].state.doc.toJSON());
    }
  });

  it('types without comparing the whole body, and compares it again after a colleague’s edit', () => {
    const whole = vi.spyOn(ProsemirrorBinding.prototype, '_prosemirrorChanged');
    const { editors: pair } = twoLiveEditors(['Alpha.', 'Beta.', 'Gamma.'], { relay: true }, editors);
    const [mine, theirs] = pair;
    mine.commands.setTextSelection(3);
    mine.commands.insertContent('x');
    whole.mockClear();
    for (const character of 'typed') mine.commands.insertContent(character);
    mine.commands.setTextSelection(2);
    expect(whole).not.toHaveBeenCalled();
    expect(theirs.getText()).toContain('Alxtypedpha.');

    theirs.commands.setTextSelection(theirs.state.doc.content.size - 1);
    theirs.commands.insertContent(' More.');
    whole.mockClear();
    mine.commands.insertContent('y');
    // The first key after the colleague's edit: Yjs holds what this laptop did not write, so the whole way.
    expect(whole.mock.instances).toContain(bindingOf(mine.state));
    expect(theirs.getText()).toContain('Gamma. More.');
  });
});
