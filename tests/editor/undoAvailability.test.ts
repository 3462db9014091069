// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';
import { undoAvailability } from '../../renderer/src/editor/toolbar/undoAvailability';
import { twoLiveEditors } from './liveEditors';

const made: Editor[] = [];
afterEach(() => {
  for (const editor of made.splice(0)) editor.destroy();
});

/** What the toolbar's Undo and Redo buttons show, and what the commands themselves would do. */
function buttonsAndCommands(editor: Editor) {
  return { shown: undoAvailability(editor.state), commands: { canUndo: editor.can().undo(), canRedo: editor.can().redo() } };
}

function expectButtonsToMatchTheCommands(editor: Editor, expected: { canUndo: boolean; canRedo: boolean }): void {
  const { shown, commands } = buttonsAndCommands(editor);
  expect(shown).toEqual(expected);
  expect(commands).toEqual(expected);
}

describe('the Undo and Redo buttons', () => {
  it('follow the body’s own history: nothing at first, Undo after typing, Redo after undoing', () => {
    const editor = new Editor({ extensions: editorExtensions({}), content: '<p>Floods in the north.</p>', injectCSS: false });
    made.push(editor);
    expectButtonsToMatchTheCommands(editor, { canUndo: false, canRedo: false });
    editor.commands.insertContentAt(2, 'Heavy ');
    expectButtonsToMatchTheCommands(editor, { canUndo: true, canRedo: false });
    editor.commands.undo();
    expectButtonsToMatchTheCommands(editor, { canUndo: false, canRedo: true });
    editor.commands.redo();
    expectButtonsToMatchTheCommands(editor, { canUndo: true, canRedo: false });
  });

  it('follow the live document’s undo stacks, and not the other laptop’s edits', () => {
    const { editors } = twoLiveEditors(['Floods in the north.'], { relay: true }, made);
    const [mine, theirs] = editors;
    expectButtonsToMatchTheCommands(mine, { canUndo: false, canRedo: false });
    theirs.commands.insertContentAt(2, 'Remote ');
    // Another laptop's words are not mine to undo.
    expectButtonsToMatchTheCommands(mine, { canUndo: false, canRedo: false });
    mine.commands.insertContentAt(2, 'Heavy ');
    expectButtonsToMatchTheCommands(mine, { canUndo: true, canRedo: false });
    mine.commands.undo();
    expectButtonsToMatchTheCommands(mine, { canUndo: false, canRedo: true });
    expect(mine.getText()).toContain('Remote');
    expect(mine.getText()).not.toContain('Heavy');
  });
});
