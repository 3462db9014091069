import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { asOwnUndoStep } from '../../../electron/shared/editor/nodes/blockEmbed';

/**
 * Moves the block at `position` one place up or down among its siblings, as one undoable
 * step of its own (never merged with a quick edit before it), and selects it in its new place. Returns the new position, or null at the edge.
 */
export function moveBlock(editor: Editor, position: number, direction: 'up' | 'down'): number | null {
  const { state } = editor;
  const node = state.doc.nodeAt(position);
  if (node === null) return null;
  const $position = state.doc.resolve(position);
  const index = $position.index();
  const parent = $position.parent;
  if (direction === 'up' ? index === 0 : index >= parent.childCount - 1) return null;
  const neighbour = parent.child(direction === 'up' ? index - 1 : index + 1);
  const target = direction === 'up' ? position - neighbour.nodeSize : position + neighbour.nodeSize;
  const transaction = state.tr.delete(position, position + node.nodeSize).insert(target, node);
  transaction.setSelection(NodeSelection.create(transaction.doc, target)).scrollIntoView();
  editor.view.dispatch(asOwnUndoStep(transaction));
  return target;
}
