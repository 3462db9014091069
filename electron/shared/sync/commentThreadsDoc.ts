import * as Y from 'yjs';
import { CommentThread } from '../model/comments';

/** The name of the map beside `fields` and `body` that holds a draft's comment threads, keyed by thread id. */
export const THREADS_MAP = 'threads';

export type ThreadMap = Y.Map<unknown>;

/** The draft document's threads: each a Y.Map (id, createdAt, resolved, resolvedBy, resolvedAt) with a Y.Array of comments, so replies from two laptops both stay. */
export function threadsOf(doc: Y.Doc): Y.Map<ThreadMap> {
  return doc.getMap<ThreadMap>(THREADS_MAP);
}

/** One thread as stored, or null when another build wrote it in a shape this one does not read. */
export function readThread(thread: ThreadMap): CommentThread | null {
  const comments = thread.get('comments');
  const parsed = CommentThread.safeParse({
    id: thread.get('id'),
    createdAt: thread.get('createdAt'),
    comments: comments instanceof Y.Array ? comments.toArray() : [],
    resolved: thread.get('resolved') === true,
    resolvedBy: thread.get('resolvedBy') ?? null,
    resolvedAt: thread.get('resolvedAt') ?? null,
  });
  return parsed.success ? parsed.data : null;
}

/** Every thread of a document, oldest first (a thread another build wrote in a shape this one does not read is left out). */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  for (const value of threadsOf(doc).values()) {
    const thread = readThread(value);
    if (thread !== null) threads.push(thread);
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

