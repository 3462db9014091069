import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { undoAvailability } from './undoAvailability';

/** What the toolbar's buttons show: which formats are on where the caret is, and whether Undo and Redo can act. */
export type ToolbarState = {
  bold: boolean;
  italic: boolean;
  link: boolean;
  heading2: boolean;
  heading3: boolean;
  quote: boolean;
  bulletList: boolean;
  orderedList: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

/** The toolbar's formats as Tiptap's `isActive` finds them, one question at a time (any selection). */
export function formatsAskedOneByOne(editor: Editor): Omit<ToolbarState, 'canUndo' | 'canRedo'> {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    link: editor.isActive('link'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    quote: editor.isActive('blockquote'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
  };
}

/**
 * The toolbar's state after each transaction. With a caret (nearly every keystroke), the answers `isActive`
 * gives are read in one pass: a mark is on when the caret's marks (stored, else those at the caret) hold it,
 * and a block when one of the caret's ancestors is one. Eight `isActive` calls each resolved the type by
 * name and walked the document down to the caret again. Any other selection asks `isActive`.
 */
export function toolbarState(editor: Editor): ToolbarState {
  const { state } = editor;
  const { selection } = state;
  const undo = undoAvailability(state);
  if (!(selection instanceof TextSelection) || !selection.empty) return { ...formatsAskedOneByOne(editor), ...undo };
  const { $from } = selection;
  const marks = state.storedMarks ?? $from.marks();
  const hasMark = (name: string) => marks.some((mark) => mark.type.name === name);
  const found = { heading2: false, heading3: false, quote: false, bulletList: false, orderedList: false };
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    const name = node.type.name;
    if (name === 'heading' && node.attrs.level === 2) found.heading2 = true;
    else if (name === 'heading' && node.attrs.level === 3) found.heading3 = true;
    else if (name === 'blockquote') found.quote = true;
    else if (name === 'bulletList') found.bulletList = true;
    else if (name === 'orderedList') found.orderedList = true;
  }
  return { bold: hasMark('bold'), italic: hasMark('italic'), link: hasMark('link'), ...found, ...undo };
}
