import type { Mark as PmMark, Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isSuggestionMarkName } from './suggestionMarks';

/** Who made a suggestion and when (ISO 8601). */
export type SuggestionStamp = { author: string; at: string };

type Unstamped = { from: number; to: number; mark: PmMark; inline: boolean };

function isStamped(mark: PmMark): boolean {
  return typeof mark.attrs.author === 'string' && typeof mark.attrs.at === 'string';
}

function collect(doc: PmNode): { known: Map<string, SuggestionStamp>; unstamped: Unstamped[] } {
  const known = new Map<string, SuggestionStamp>();
  const unstamped: Unstamped[] = [];
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!isSuggestionMarkName(mark.type.name)) continue;
      const id = String(mark.attrs.id);
      if (isStamped(mark)) {
        if (!known.has(id)) known.set(id, { author: String(mark.attrs.author), at: String(mark.attrs.at) });
      } else {
        unstamped.push({ from: pos, to: pos + node.nodeSize, mark, inline: node.isInline });
      }
    }
    return true;
  });
  return { known, unstamped };
}

/**
 * Gives every suggestion mark the library left without an author the author and time, in the same
 * transaction (so accepting and undo still see one step). Text typed onto an existing suggestion keeps
 * that suggestion's author and time.
 */
export function stampSuggestions(tr: Transaction, stamp: SuggestionStamp): Transaction {
  const { known, unstamped } = collect(tr.doc);
  for (const { from, to, mark, inline } of unstamped) {
    const attrs = { ...mark.attrs, ...(known.get(String(mark.attrs.id)) ?? stamp) };
    const stamped = mark.type.create(attrs);
    if (inline) {
      tr.removeMark(from, to, mark);
      tr.addMark(from, to, stamped);
    } else {
      tr.removeNodeMark(from, mark);
      tr.addNodeMark(from, stamped);
    }
  }
  return tr;
}
