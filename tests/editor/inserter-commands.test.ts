// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { defaultSiteSettings } from '../../electron/shared/model/settings';
import { placeAds } from '../../renderer/src/inserters/inserterShortcuts';
import { moveBlock } from '../../renderer/src/inserters/moveBlock';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
let editor: Editor | null = null;

function makeEditor(content: JSONContent[]): Editor {
  editor = new Editor({ extensions: articleExtensions({ output: 'editor' }), content: { type: 'doc', content } });
  return editor;
}
const types = (current: Editor) => (current.getJSON().content ?? []).map((block) => block.type);

afterEach(() => {
  editor?.destroy();
  editor = null;
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

  it('moves a block up and down as undoable steps, and stops at the edges', () => {
    const current = makeEditor([paragraph('One.'), { type: 'adSlot', attrs: { format: 'inline' } }, paragraph('Two.')]);
    const adAt = current.state.doc.child(0).nodeSize;
    const up = moveBlock(current, adAt, 'up');
    expect(up).toBe(0);
    expect(types(current)).toEqual(['adSlot', 'paragraph', 'paragraph']);
    expect(moveBlock(current, 0, 'up')).toBeNull();
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'adSlot', 'paragraph']);
    const down = moveBlock(current, adAt, 'down');
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'adSlot']);
    expect(down === null ? null : moveBlock(current, down, 'down')).toBeNull();
  });

  it('makes each card action its own undo step, however quickly they follow one another', () => {
    const current = makeEditor([paragraph('One.'), paragraph('Two.'), paragraph('Three.')]);
    current.commands.setTextSelection(5);
    expect(current.commands.insertAdSlot({ format: 'inline' })).toBe(true);
    const position = current.state.doc.child(0).nodeSize;
    current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, position)));
    expect(current.commands.setAdSlotFormat('leaderboard')).toBe(true);
    const moved = moveBlock(current, position, 'down');
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'adSlot', 'paragraph']);
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'adSlot', 'paragraph', 'paragraph']);
    expect(current.state.doc.child(1).attrs.format).toBe('leaderboard');
    current.commands.undo();
    expect(current.state.doc.child(1).attrs.format).toBe('inline');
    current.commands.undo();
    expect(types(current)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(moved).not.toBeNull();
  });

  it('places ads by the rules as one step that undo takes back whole', () => {
    const current = makeEditor(Array.from({ length: 8 }, () => paragraph(words(60))));
    expect(placeAds(current, defaultSiteSettings.adRules)).toBe(true);
    expect(types(current).filter((type) => type === 'adSlot')).toHaveLength(2);
    expect(placeAds(current, defaultSiteSettings.adRules)).toBe(false);
    current.commands.undo();
    expect(types(current).filter((type) => type === 'adSlot')).toHaveLength(0);
  });
});
