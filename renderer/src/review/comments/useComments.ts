import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { CommentThread } from '../../../../electron/shared/model/comments';
import { request } from '../../api/request';
import { returnFocusToBody } from '../../editor/returnFocusToBody';
import { forgetReviewMarks } from '../reviewMarksStore';
import type { CommentBridge } from './commentHighlights';
import { refreshCommentHighlights } from './commentHighlights';
import type { ThreadActions } from './CommentThreadCard';
import { markSelectionForThread, showThreadInText, unmarkThread } from './commentRanges';
import { useCommentThreads } from './useCommentThreads';

export type CommentsController = {
  threads: CommentThread[];
  openCount: number;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  active: string | null;
  composing: { thread: string; quote: string } | null;
  /** Add comment: marks the selected words and opens a new thread for them. */
  start: () => void;
  submitStart: (text: string) => Promise<string | null>;
  cancelStart: () => void;
  actions: ThreadActions;
  /** For the editor's highlights (its callbacks read the latest state). */
  bridge: CommentBridge;
};

const failure = (what: string, message: string) => `${what}: ${message}`;

/**
 * Comments on the open draft: the threads come from its live document; every change goes through
 * the engine (`comments:*`), which stamps the author and time and stores it. The words are marked
 * in the body here, with the new thread's id, before its first comment is written.
 */
export function useComments(editor: Editor, doc: Y.Doc, draftId: string, options: { onError: (message: string | null) => void; askName: (then: () => void) => boolean }): CommentsController {
  const threads = useCommentThreads(doc);
  const [panelOpen, setPanelOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [composing, setComposing] = useState<{ thread: string; quote: string } | null>(null);
  const latest = useRef({ threads, active, composing, options });
  latest.current = { threads, active, composing, options };

  const visible = useMemo(() => {
    const ids = new Set(threads.filter((thread) => !thread.resolved).map((thread) => thread.id));
    if (composing) ids.add(composing.thread);
    return ids;
  }, [threads, composing]);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  useEffect(() => refreshCommentHighlights(editor), [editor, visible, active]);

  const start = () => {
    const { selection } = editor.state;
    if (selection.empty) {
      latest.current.options.onError('Select the words the comment is about, then choose Add comment.');
      return;
    }
    if (latest.current.options.askName(start)) return;
    if (latest.current.composing) unmarkThread(editor, latest.current.composing.thread);
    const thread = globalThis.crypto.randomUUID();
    const quote = editor.state.doc.textBetween(selection.from, selection.to, ' ', ' ');
    if (!markSelectionForThread(editor, thread)) {
      latest.current.options.onError('Comments go on words: select some text, then choose Add comment.');
      return;
    }
    latest.current.options.onError(null);
    setComposing({ thread, quote });
    setActive(thread);
    setPanelOpen(true);
  };

  const submitStart = async (text: string): Promise<string | null> => {
    const pending = latest.current.composing;
    if (pending === null) return null;
    const result = await request((api) => api.comments.add({ draftId, threadId: pending.thread, text }));
    if (!result.ok) return result.error.message;
    setComposing(null);
    forgetReviewMarks();
    return null;
  };

  const cancelStart = () => {
    const pending = latest.current.composing;
    if (pending !== null) unmarkThread(editor, pending.thread);
    setComposing(null);
    setActive(null);
    returnFocusToBody(editor);
  };

  const actions: ThreadActions = {
    reply: async (threadId, text) => {
      const result = await request((api) => api.comments.reply({ draftId, threadId, text }));
      return result.ok ? null : failure('The reply was not added', result.error.message);
    },
    edit: async (threadId, commentId, text) => {
      const result = await request((api) => api.comments.edit({ draftId, threadId, commentId, text }));
      return result.ok ? null : failure('The comment was not changed', result.error.message);
    },
    remove: async (threadId, commentId) => {
      const result = await request((api) => api.comments.delete({ draftId, threadId, commentId }));
      if (!result.ok) return failure('The comment was not deleted', result.error.message);
      if (result.value.thread === null) unmarkThread(editor, threadId);
      forgetReviewMarks();
      return null;
    },
    resolve: async (threadId, resolved) => {
      const result = await request((api) => api.comments.resolve({ draftId, threadId, resolved }));
      if (!result.ok) return failure(resolved ? 'The thread was not resolved' : 'The thread was not reopened', result.error.message);
      forgetReviewMarks();
      if (resolved && latest.current.active === threadId) setActive(null);
      return null;
    },
    showInText: (threadId) => {
      setActive(threadId);
      if (!showThreadInText(editor, threadId)) latest.current.options.onError('The words of this comment were deleted.');
    },
  };

  const bridge: CommentBridge = {
    visible: () => visibleRef.current,
    active: () => latest.current.active,
    onOpen: (thread) => {
      setActive(thread);
      setPanelOpen(true);
    },
    onAdd: start,
  };

  const openCount = threads.filter((thread) => !thread.resolved && thread.comments.length > 0).length;
  return { threads, openCount, panelOpen, setPanelOpen, active, composing, start, submitStart, cancelStart, actions, bridge };
}
