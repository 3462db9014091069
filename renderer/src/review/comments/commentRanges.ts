import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { COMMENT_MARK_META, commentThreadId } from '../../../../electron/shared/editor/marks/comment';

export type TextRange = { from: number; to: number };

/** Where each thread's words are in the body: from its first marked character to its last. */
export function threadRanges(doc: PmNode): Map<string, TextRange> {
  const ranges = new Map<string, TextRange>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const thread = commentThreadId(mark.attrs.thread);
      if (thread === null) continue;
      const range = ranges.get(thread);
      const end = pos + node.nodeSize;
      if (range === undefined) ranges.set(thread, { from: pos, to: end });
      else range.to = Math.max(range.to, end);
    }
    return false;
  });
  return ranges;
}

/** The threads marked at a position of the body (the characters either side of it). */
export function threadsAt(doc: PmNode, pos: number): string[] {
  const resolved = doc.resolve(pos);
  const marks = [...(resolved.nodeAfter?.marks ?? []), ...(resolved.nodeBefore?.marks ?? [])];
  const ids = marks.filter((mark) => mark.type.name === 'comment').map((mark) => commentThreadId(mark.attrs.thread));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Marks the selected words with a new thread's id; false when nothing (or no text) is selected. */
export function markSelectionForThread(editor: Editor, thread: string): boolean {
  const { from, to, empty } = editor.state.selection;
  if (empty || editor.state.doc.textBetween(from, to, ' ', ' ').trim() === '') return false;
  const type = editor.schema.marks.comment;
  if (type === undefined) return false;
  const tr = editor.state.tr.addMark(from, to, type.create({ thread })).setMeta(COMMENT_MARK_META, true).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
  return true;
}

/** Takes a thread's mark off the body (a thread given up before its first comment, or deleted with its last). */
export function unmarkThread(editor: Editor, thread: string): void {
  const type = editor.schema.marks.comment;
  if (type === undefined || editor.isDestroyed) return;
  const tr = editor.state.tr;
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) if (mark.type === type && mark.attrs.thread === thread) tr.removeMark(pos, pos + node.nodeSize, mark);
    return false;
  });
  if (tr.docChanged) editor.view.dispatch(tr.setMeta(COMMENT_MARK_META, true).setMeta('addToHistory', false));
}

/** Selects a thread's words and scrolls them into view ("Show in text"); false when they were deleted. */
export function showThreadInText(editor: Editor, thread: string): boolean {
  const range = threadRanges(editor.state.doc).get(thread);
  if (range === undefined) return false;
  editor.chain().setTextSelection(range).scrollIntoView().run();
  editor.view.focus();
  return true;
}
