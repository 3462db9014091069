import type { Node as PmNode, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

function sliceCarries(slice: Slice, isWatched: (markName: string) => boolean): boolean {
  let found = false;
  slice.content.descendants((node: PmNode) => {
    if (found) return false;
    if (node.marks.some((mark) => isWatched(mark.type.name))) found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a transaction only types or deletes text (ReplaceSteps whose new content carries no mark
 * `isWatched` names), made here rather than arriving through Yjs (a remote change or undo). Decorations
 * drawn from those marks can then be mapped through it instead of found again in the whole
 * article, which at 10,000 words is most of a keystroke's cost.
 */
export function isPlainTyping(tr: Transaction, isWatched: (markName: string) => boolean): boolean {
  if (tr.getMeta('y-sync$') !== undefined) return false;
  return tr.steps.every((step) => step instanceof ReplaceStep && !sliceCarries(step.slice, isWatched));
}
