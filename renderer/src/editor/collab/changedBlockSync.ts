import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { getRelativeSelection, updateYFragment, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';
import type { EditorView } from '@tiptap/pm/view';
import * as Y from 'yjs';
import { onlyChangedBlock } from '../bodyMeasure';

/**
 * y-prosemirror writes every edit of the body to Yjs by comparing the whole body with the live document:
 * each top-level block against its Yjs element, at every transaction, even one that moved only the caret
 * (about 0.2 ms a key at 10,000 words, and 20 KB of garbage). Typing changes one block. This writes only
 * that block when the binding can prove the rest is as Yjs has it:
 * - the body it wrote last (`synced`) is what the live document holds: nothing but this binding has
 *   changed the body's fragment since (a colleague's edit, an undo, a restore forgets it);
 * - the new body differs from it in one top-level block, of the same type, whose Yjs element is mapped to
 *   the block it replaces, and the fragment has as many blocks as the body.
 * That is the case where y-prosemirror's own comparison finds every other block mapped, in place, and
 * updates the one left with `updateYFragment`: this calls it on that block, so the Yjs changes are the
 * same. Anything else (blocks added, split, joined, moved; a first edit after a remote one) goes the
 * library's whole way. `view` is the editor's, which the binding is bound to. Returns the function that
 * puts the library's way back.
 */
export function syncChangedBlockOnly(binding: ProsemirrorBinding, view: EditorView): () => void {
  const wholeBody = binding._prosemirrorChanged.bind(binding);
  const fragment = binding.type;
  let synced: ProseMirrorNode | null = null;
  const forgetOnOtherChanges = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin !== ySyncPluginKey) synced = null;
  };
  fragment.observeDeep(forgetOnOtherChanges);

  /** The one block to write and its Yjs element; null when the body is the same; undefined when the whole way is needed. */
  const blockToWrite = (doc: ProseMirrorNode): { element: Y.XmlElement; block: ProseMirrorNode } | null | undefined => {
    if (synced === null || fragment.length !== doc.childCount) return undefined;
    // A transaction that changed no content (a caret move) keeps the very same body.
    if (doc === synced) return null;
    const changed = onlyChangedBlock(synced, doc);
    if (changed === null) return undefined;
    const element = fragment.get(changed.index);
    const inPlace = element instanceof Y.XmlElement && element.nodeName === changed.after.type.name && binding.mapping.get(element) === changed.before;
    return inPlace ? { element, block: changed.after } : undefined;
  };

  const changedBlockOnly = (doc: ProseMirrorNode): boolean => {
    const write = blockToWrite(doc);
    if (write === undefined) return false;
    binding.doc.transact(() => {
      binding.mapping.set(fragment, doc);
      if (write !== null) updateYFragment(binding.doc, write.element, write.block, binding);
      binding.beforeTransactionSelection = getRelativeSelection(binding, view.state);
    }, ySyncPluginKey);
    return true;
  };

  binding._prosemirrorChanged = (doc: ProseMirrorNode) => {
    if (!changedBlockOnly(doc)) wholeBody(doc);
    synced = doc;
  };
  return () => {
    fragment.unobserveDeep(forgetOnOtherChanges);
    binding._prosemirrorChanged = wholeBody;
  };
}
