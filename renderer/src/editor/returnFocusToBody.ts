import type { Editor } from '@tiptap/core';

/**
 * Gives the body its focus back, with its selection, now: after a dialog, a card's button or a
 * toolbar action outside the body. Tiptap's `focus()` command waits a frame, and in that frame a
 * key goes nowhere, or moves a caret that the late focus then puts back on the old selection.
 */
export function returnFocusToBody(editor: Editor): void {
  if (editor.isDestroyed) return;
  editor.view.focus();
  editor.commands.scrollIntoView();
}
