import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { NodeType, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';

const ownStepKey = new PluginKey('cardUndoStep');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockEmbeds: {
      /**
       * Moves the block at `position` one place up or down among its siblings and selects it there;
       * refused at the edge.
       */
      moveBlockEmbed: (position: number, direction: 'up' | 'down') => ReturnType;
      /** Deletes the block at `position`. */
      deleteBlockEmbed: (position: number) => ReturnType;
    };
  }
}

/**
 * Makes the transaction one undo step of its own: closed before, so a quick edit just before is
 * not taken back with it, and after, so the words typed next are not taken back with it either.
 */
export function asOwnUndoStep(transaction: Transaction): Transaction {
  return closeHistory(transaction).setMeta(ownStepKey, true);
}

/** Where a block embed goes for a selection: at the caret, after a selection (an insert deletes nothing), outside lists and quotes. */
function insertPosition(transaction: Transaction): number {
  const { selection } = transaction;
  const $position = transaction.doc.resolve(selection.empty ? selection.from : selection.to);
  return $position.depth > 1 ? $position.after(1) : $position.pos;
}

function findInserted(transaction: Transaction, node: ProseMirrorNode): number | null {
  let found: number | null = null;
  transaction.doc.descendants((child, position) => {
    if (found !== null) return false;
    if (child === node) found = position;
    return found === null && !child.isAtom;
  });
  return found;
}

/** The block embed of `type` at `position`, or the selected one when no position is given; null when there is none. */
export function embedAt(transaction: Transaction, type: NodeType, position?: number): { position: number; node: ProseMirrorNode } | null {
  const { selection } = transaction;
  const at = position ?? (selection instanceof NodeSelection ? selection.from : -1);
  const node = at < 0 ? null : transaction.doc.nodeAt(at);
  return node !== null && node.type === type ? { position: at, node } : null;
}

/**
 * Inserts a block embed (ad slot, related link) at the selection and puts the caret at the start of
 * the paragraph after it, made when none follows, so the next key or the next card never replaces
 * the new card. The insert is its own undo step. Returns false when the body has no room for it.
 */
export function insertBlockEmbed(transaction: Transaction, node: ProseMirrorNode): boolean {
  const paragraph = node.type.schema.nodes.paragraph;
  if (paragraph === undefined) return false;
  const at = insertPosition(transaction);
  transaction.replaceRangeWith(at, at, node);
  const position = findInserted(transaction, node);
  if (position === null) return false;
  const after = position + node.nodeSize;
  if (transaction.doc.resolve(after).nodeAfter?.type !== paragraph) transaction.insert(after, paragraph.create());
  transaction.setSelection(TextSelection.create(transaction.doc, after + 1)).scrollIntoView();
  asOwnUndoStep(transaction);
  return true;
}

function moveBlock(transaction: Transaction, position: number, direction: 'up' | 'down'): boolean {
  const node = transaction.doc.nodeAt(position);
  if (node === null) return false;
  const $position = transaction.doc.resolve(position);
  const index = $position.index();
  if (direction === 'up' ? index === 0 : index >= $position.parent.childCount - 1) return false;
  const neighbour = $position.parent.child(direction === 'up' ? index - 1 : index + 1);
  const target = direction === 'up' ? position - neighbour.nodeSize : position + neighbour.nodeSize;
  transaction.delete(position, position + node.nodeSize).insert(target, node);
  asOwnUndoStep(transaction.setSelection(NodeSelection.create(transaction.doc, target)).scrollIntoView());
  return true;
}

/**
 * The card commands every caller shares (card buttons and keys, tests): move and delete, each its
 * own undo step; and the history side of `asOwnUndoStep`: after a card's transaction, an empty one
 * that closes the undo group, so typing that follows at once is a step of its own.
 */
export const BlockEmbeds = Extension.create({
  name: 'blockEmbeds',

  addCommands() {
    return {
      moveBlockEmbed:
        (position, direction) =>
        ({ tr }) =>
          moveBlock(tr, position, direction),
      deleteBlockEmbed:
        (position) =>
        ({ tr }) => {
          const node = tr.doc.nodeAt(position);
          if (node === null) return false;
          asOwnUndoStep(tr.delete(position, position + node.nodeSize));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: ownStepKey,
        appendTransaction: (transactions, _old, state) => (transactions.some((transaction) => transaction.getMeta(ownStepKey) === true) ? closeHistory(state.tr) : null),
      }),
    ];
  },
});
