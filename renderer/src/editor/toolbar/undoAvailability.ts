import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';
import { undoManagerOf } from '../collab/liveBodyExtensions';

/**
 * Whether Undo and Redo have anything to take back, read from the history itself: Yjs's undo stacks
 * for a live body, prosemirror-history's depths otherwise. The toolbar asks at every transaction, and
 * a dry run of the commands (`can().undo()`) builds a whole command chain each time.
 */
export function undoAvailability(state: EditorState): { canUndo: boolean; canRedo: boolean } {
  const manager = undoManagerOf(state);
  if (manager !== null) return { canUndo: manager.undoStack.length > 0, canRedo: manager.redoStack.length > 0 };
  return { canUndo: undoDepth(state) > 0, canRedo: redoDepth(state) > 0 };
}
