import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { getRelativeSelection, updateYFragment, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';
import type { EditorView } from '@tiptap/pm/view';
import * as Y from 'yjs';

/** What an edit changed at the top of the body: nothing, one block (its index), or more. */
function changedTopBlock(before: ProseMirrorNode, after: ProseMirrorNode): number | 'none' | 'more' {
  if (before.childCount !== after.childCount) return 'more';
  let changed: number | 'none' = 'none';
  for (let index = 0; index < after.childCount; index += 1) {
    if (before.child(index) === after.child(index)) continue;
    if (changed !== 'none') return 'more';
    changed = index;
  }
  return changed;
}

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

  /** The one block to write and its Yjs element; null when no block changed; undefined when the whole way is needed. */
  const blockToWrite = (doc: ProseMirrorNode): { element: Y.XmlElement; block: ProseMirrorNode } | null | undefined => {
    if (synced === null || fragment.length !== doc.childCount) return undefined;
    const changed = changedTopBlock(synced, doc);
    if (changed === 'more') return undefined;
    if (changed === 'none') return null;
    const element = fragment.get(changed);
    const block = doc.child(changed);
    const inPlace = element instanceof Y.XmlElement && element.nodeName === block.type.name && binding.mapping.get(element) === synced.child(changed);
    return inPlace ? { element, block } : undefined;
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
