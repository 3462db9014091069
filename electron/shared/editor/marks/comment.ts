import { Mark, mergeAttributes } from '@tiptap/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A thread id as a comment mark may carry it (a UUID), or null for anything else. */
export function commentThreadId(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/**
 * Marks which words a comment thread is about. Comments overlap (`excludes: ''`: one phrase may have
 * several threads), do not grow when someone types at their edge (`inclusive: false`), and carry only the
 * thread's id: the comments themselves live beside the body in the draft's document. Never exported
 * (see reviewOnlyMarks).
 */
export const CommentMark = Mark.create({
  name: 'comment',
  excludes: '',
  inclusive: false,
  spanning: true,

  addAttributes() {
    return {
      thread: {
        default: null,
        parseHTML: (element: { getAttribute: (name: string) => string | null }) => commentThreadId(element.getAttribute('data-comment-thread')),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-comment-thread': commentThreadId(attributes.thread) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-mark' }), 0];
  },
});

/** Marks that belong to the review, never to the website: export drops them. */
export const reviewOnlyMarks: ReadonlySet<string> = new Set(['comment']);

/**
 * Meta of a transaction that puts a comment mark on or takes it off: it is not an edit of the copy, so
 * Suggest edits leaves it alone and undo does not take it back.
 */
export const COMMENT_MARK_META = 'newsdeskCommentMark';
