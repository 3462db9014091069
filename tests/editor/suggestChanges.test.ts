// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { SuggestChanges } from '../../electron/shared/editor/suggestions/suggestChanges';
import { listSuggestions } from '../../electron/shared/editor/suggestions/listSuggestions';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const editors: Editor[] = [];

function makeEditor(text: string, author = 'Ana Editor', generateId = () => globalThis.crypto.randomUUID()): Editor {
  const suggest = SuggestChanges.configure({ author: () => author, now: () => new Date('2026-12-06T10:15:00Z'), generateId });
  const editor = new Editor({ extensions: [...articleExtensions({ output: 'editor' }), suggest], content: { type: 'doc', content: [paragraph(text)] } });
  editors.push(editor);
  editor.commands.setSuggestMode(true);
  return editor;
}

/** Types as a reporter does: one transaction per character, at the caret. */
function type(editor: Editor, text: string): void {
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character));
}

/** Position just after the first occurrence of `text` in the first paragraph. */
function after(editor: Editor, text: string): number {
  return 1 + editor.state.doc.textContent.indexOf(text) + text.length;
}

function select(editor: Editor, text: string): void {
  const from = 1 + editor.state.doc.textContent.indexOf(text);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, from + text.length)));
}

const visibleText = (editor: Editor) => editor.state.doc.textContent;

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('suggested edits', () => {
  it('keeps typed text as one insertion suggestion with author and time', () => {
    const editor = makeEditor('The minister resigns.');
    editor.commands.setTextSelection(after(editor, 'minister'));
    type(editor, ' quits');
    const [suggestion] = listSuggestions(editor.state.doc);
    expect(listSuggestions(editor.state.doc)).toHaveLength(1);
    expect(suggestion).toMatchObject({ kind: 'insert', text: ' quits', author: 'Ana Editor', at: '2026-12-06T10:15:00.000Z' });
    expect(suggestion?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps deleted text in place as a deletion until accepted', () => {
    const editor = makeEditor('The minister resigns on Tuesday.');
    select(editor, ' on Tuesday');
    editor.commands.deleteSelection();
    expect(visibleText(editor)).toBe('The minister resigns on Tuesday.');
    expect(listSuggestions(editor.state.doc)).toMatchObject([{ kind: 'delete', text: ' on Tuesday' }]);
    editor.commands.acceptSuggestion(listSuggestions(editor.state.doc)[0]?.id ?? '');
    expect(visibleText(editor)).toBe('The minister resigns.');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
  });

  it('turns a replaced word into a deletion and an insertion, and rejecting restores the original', () => {
    const editor = makeEditor('The minister resigns.');
    select(editor, 'resigns');
    type(editor, 'quits');
    expect(listSuggestions(editor.state.doc)).toMatchObject([{ kind: 'replace', text: 'resigns', replacement: 'quits' }]);
    expect(editor.getHTML()).toContain('<del');
    expect(editor.getHTML()).toContain('<ins');
    editor.commands.rejectAllSuggestions();
    expect(visibleText(editor)).toBe('The minister resigns.');
  });

  it('suggests bold as a formatting change and accepting keeps the bold', () => {
    const editor = makeEditor('The minister resigns.');
    select(editor, 'minister');
    editor.commands.toggleBold();
    expect(listSuggestions(editor.state.doc)).toMatchObject([{ kind: 'format', text: 'minister', format: 'bold' }]);
    editor.commands.acceptAllSuggestions();
    expect(listSuggestions(editor.state.doc)).toEqual([]);
    expect(editor.getHTML()).toContain('<strong>minister</strong>');
  });

  it('rejecting a suggested bold leaves the text plain', () => {
    const editor = makeEditor('The minister resigns.');
    select(editor, 'minister');
    editor.commands.toggleBold();
    editor.commands.rejectSuggestion(listSuggestions(editor.state.doc)[0]?.id ?? '');
    expect(editor.getHTML()).not.toContain('<strong>');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
  });

  it('accepts one suggestion and leaves the other pending; accept all takes the rest', () => {
    const editor = makeEditor('The minister resigns on Tuesday.');
    editor.commands.setTextSelection(after(editor, 'minister'));
    type(editor, ' quickly');
    select(editor, ' on Tuesday');
    editor.commands.deleteSelection();
    const [insertion, deletion] = listSuggestions(editor.state.doc);
    expect([insertion?.kind, deletion?.kind]).toEqual(['insert', 'delete']);
    editor.commands.acceptSuggestion(insertion?.id ?? '');
    expect(listSuggestions(editor.state.doc).map((suggestion) => suggestion.kind)).toEqual(['delete']);
    editor.commands.acceptAllSuggestions();
    expect(visibleText(editor)).toBe('The minister quickly resigns.');
  });

  it('undoes an accept in one step, bringing the suggestion back', () => {
    const editor = makeEditor('The minister resigns.');
    editor.commands.setTextSelection(after(editor, 'minister'));
    type(editor, ' quits');
    editor.commands.acceptSuggestion(listSuggestions(editor.state.doc)[0]?.id ?? '');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
    editor.commands.undo();
    expect(visibleText(editor)).toBe('The minister quits resigns.');
    expect(listSuggestions(editor.state.doc)).toMatchObject([{ kind: 'insert', text: ' quits' }]);
  });

  it('edits the text directly when suggestion mode is off', () => {
    const editor = makeEditor('The minister resigns.');
    editor.commands.setSuggestMode(false);
    select(editor, 'resigns');
    type(editor, 'quits');
    expect(visibleText(editor)).toBe('The minister quits.');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
  });

  it('gives suggestions made on two laptops offline distinct ids', () => {
    const first = makeEditor('The minister resigns.', 'Ana Editor');
    const second = makeEditor('The minister resigns.', 'Bo Subeditor');
    first.commands.setTextSelection(after(first, 'minister'));
    type(first, ' quits');
    second.commands.setTextSelection(after(second, 'resigns'));
    type(second, ' today');
    const firstIds = listSuggestions(first.state.doc).map((suggestion) => suggestion.id);
    const secondIds = listSuggestions(second.state.doc).map((suggestion) => suggestion.id);
    expect(firstIds).toHaveLength(1);
    expect(secondIds).toHaveLength(1);
    expect(firstIds[0]).not.toBe(secondIds[0]);
    expect(listSuggestions(second.state.doc)[0]?.author).toBe('Bo Subeditor');
  });
});
