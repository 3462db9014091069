// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';
import { formatsAskedOneByOne as asTiptapSays, toolbarState } from '../../renderer/src/editor/toolbar/toolbarState';

const CONTENT = [
  '<h2>Head <strong>bold</strong></h2>',
  '<h3>Sub <em>head</em></h3>',
  '<p>Plain <strong>bold <em>both</em></strong> <a href="https://example.com/a">a link</a> end</p>',
  '<blockquote><p>Quote <em>it</em></p></blockquote>',
  '<ul><li><p>One</p></li><li><p><strong>Two</strong></p><ol><li><p>Nested <a href="https://example.com/b">link</a></p></li></ol></li></ul>',
  '<ol><li><p>First</p></li></ol>',
].join('');

let editor: Editor | null = null;

afterEach(() => {
  editor?.destroy();
  editor = null;
});

function formats(current: Editor): Record<string, boolean> {
  const { canUndo: _undo, canRedo: _redo, ...rest } = toolbarState(current);
  return rest;
}

describe('the toolbar state', () => {
  it('says what Tiptap’s isActive says at every caret position, with and without stored marks', () => {
    const current = new Editor({ extensions: editorExtensions(), content: CONTENT, injectCSS: false });
    editor = current;
    const everOn = new Set<string>();
    let carets = 0;
    for (let position = 0; position <= current.state.doc.content.size; position += 1) {
      const $position = current.state.doc.resolve(position);
      if (!$position.parent.inlineContent) continue;
      carets += 1;
      current.view.dispatch(current.state.tr.setSelection(TextSelection.create(current.state.doc, position)));
      expect(formats(current), `caret at ${position}`).toEqual(asTiptapSays(current));
      for (const [name, on] of Object.entries(formats(current))) if (on) everOn.add(name);
      // Ctrl+B and Ctrl+I at a caret store marks for the next character typed.
      current.commands.toggleBold();
      current.commands.toggleItalic();
      expect(formats(current), `stored marks at ${position}`).toEqual(asTiptapSays(current));
    }
    expect(carets).toBeGreaterThan(80);
    expect([...everOn].sort()).toEqual(['bold', 'bulletList', 'heading2', 'heading3', 'italic', 'link', 'orderedList', 'quote']);
  });

  it('says what isActive says for a selected range, and follows Undo and Redo', () => {
    const current = new Editor({ extensions: editorExtensions(), content: CONTENT, injectCSS: false });
    editor = current;
    current.commands.setTextSelection({ from: 2, to: 6 });
    expect(formats(current)).toEqual(asTiptapSays(current));
    expect(toolbarState(current)).toMatchObject({ heading2: true, canUndo: false, canRedo: false });
    current.commands.insertContent('x');
    expect(toolbarState(current)).toMatchObject({ canUndo: true, canRedo: false });
    current.commands.undo();
    expect(toolbarState(current)).toMatchObject({ canRedo: true });
  });
});
