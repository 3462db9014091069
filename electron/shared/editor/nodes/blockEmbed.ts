import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';

const ownStepKey = new PluginKey('cardUndoStep');

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

/**
 * The history side of `asOwnUndoStep`: after a card's transaction, an empty one that closes the
 * undo group, so typing that follows at once is a step of its own.
 */
export const CardUndoSteps = Extension.create({
  name: 'cardUndoSteps',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: ownStepKey,
        appendTransaction: (transactions, _old, state) => (transactions.some((transaction) => transaction.getMeta(ownStepKey) === true) ? closeHistory(state.tr) : null),
      }),
    ];
  },
});
