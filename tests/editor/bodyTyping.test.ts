// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';

let editor: Editor | null = null;

/** Types text key by key through ProseMirror's text input path, where input rules run. */
function type(target: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = target.state.selection;
    const handled = target.view.someProp('handleTextInput', (handler) => handler(target.view, from, to, character, () => target.state.tr));
    if (!handled) target.view.dispatch(target.state.tr.insertText(character, from, to));
  }
}

function typed(text: string): string {
  editor = new Editor({ extensions: editorExtensions(), content: '<p></p>', injectCSS: false });
  editor.commands.focus('end');
  type(editor, text);
  return editor.getText();
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('smart typography', () => {
  it('curls double and single quotes, including apostrophes', () => {
    expect(typed('She said "it\'s fine" and \'left\'')).toBe('She said \u201Cit\u2019s fine\u201D and \u2018left\u2019');
  });

  it('turns two hyphens into an em dash and a spaced hyphen into an en dash', () => {
    expect(typed('wait--what')).toBe('wait\u2014what');
    expect(typed('Paris - Berlin')).toBe('Paris \u2013 Berlin');
  });

  it('turns three dots into an ellipsis', () => {
    expect(typed('and then...')).toBe('and then\u2026');
  });

  it('leaves a hyphen at the start of a line to the list rule', () => {
    typed('- item');
    expect(editor?.getJSON().content?.[0]?.type).toBe('bulletList');
  });
});

describe('slash commands', () => {
  function run(line: string): string | undefined {
    const current = new Editor({ extensions: editorExtensions(), content: '<p>Intro</p><p></p>', injectCSS: false });
    editor = current;
    current.commands.focus('end');
    type(current, line);
    current.view.someProp('handleKeyDown', (handler) => handler(current.view, new KeyboardEvent('keydown', { key: 'Enter' })));
    return current.getJSON().content?.[1]?.type;
  }

  it('turns a line holding only /h2, /quote or /list into that block', () => {
    expect(run('/h2')).toBe('heading');
    expect(run('/quote')).toBe('blockquote');
    expect(run('/list')).toBe('bulletList');
    expect(run('/numbered')).toBe('orderedList');
  });

  it('leaves other text alone', () => {
    expect(run('/nothing')).toBe('paragraph');
  });
});
