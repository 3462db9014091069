import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { AppError } from '../../shared/contract/result';
import { openThreadCount, type Comment, type CommentThread } from '../../shared/model/comments';
import { readThread, readThreads, threadsOf, type ThreadMap } from '../../shared/sync/commentThreadsDoc';
import { statement } from '../db/statement';
import { requireDraft } from '../drafts/getDraft';
import { LOCAL_WRITE, openDoc } from '../sync/desk';
import { draftDesk } from '../sync/deskDrafts';
import { draftDocName } from '../sync/draftDoc';
import { requirePerson } from './requirePerson';

function commentsOf(thread: ThreadMap): Y.Array<Comment> {
  const comments = thread.get('comments');
  if (!(comments instanceof Y.Array)) throw new AppError('storage', 'A comment thread of this draft could not be read.');
  return comments as Y.Array<Comment>;
}

const upsertCount = statement<[string, number]>(
  'INSERT INTO comment_counts (draft_id, open_threads) VALUES (?, ?) ON CONFLICT (draft_id) DO UPDATE SET open_threads = excluded.open_threads',
);
const selectCount = statement<[string], number>('SELECT open_threads FROM comment_counts WHERE draft_id = ?');

/** Writes a draft's open-thread count for the library (after any change to its threads, local or from elsewhere). */
export function writeOpenThreadCount(db: Database, draftId: string, doc: Y.Doc): void {
  if (threadsOf(doc).size === 0 && selectCount(db).pluck().get(draftId) === undefined) return;
  upsertCount(db).run(draftId, openThreadCount(readThreads(doc)));
}

/** Per document: whether its threads changed since their count was last written (watched from the first look). */
const threadsChanged = new WeakMap<Y.Doc, { changed: boolean }>();

/**
 * After an update from elsewhere or from the page: writes the count only when the update touched the
 * threads, so typing in the body (every update the page sends) costs no reading of the threads.
 */
export function followOpenThreadCount(db: Database, draftId: string, doc: Y.Doc): void {
  let watch = threadsChanged.get(doc);
  if (watch === undefined) {
    const created = { changed: true };
    threadsOf(doc).observeDeep(() => {
      created.changed = true;
    });
    threadsChanged.set(doc, created);
    watch = created;
  }
  if (!watch.changed) return;
  writeOpenThreadCount(db, draftId, doc);
  watch.changed = false;
}

/** The threads of a draft. */
export function listThreads(db: Database, draftId: string): CommentThread[] {
  requireDraft(db, draftId);
  return readThreads(openDoc(draftDesk(db), draftDocName(draftId)));
}

type Change = { db: Database; draftId: string; threadId: string; now: Date };

/** Runs a change to a draft's threads as one Yjs update, stored with the library's count in one SQLite transaction. */
function change(input: Change, write: (threads: Y.Map<ThreadMap>, person: string, time: string) => void): CommentThread | null {
  const { db, draftId, threadId } = input;
  requireDraft(db, draftId);
  const person = requirePerson(db);
  const doc = openDoc(draftDesk(db), draftDocName(draftId));
  db.transaction(() => {
    doc.transact(() => write(threadsOf(doc), person, input.now.toISOString()), LOCAL_WRITE);
    writeOpenThreadCount(db, draftId, doc);
  }).immediate();
  const thread = threadsOf(doc).get(threadId);
  return thread === undefined ? null : readThread(thread);
}

function written(thread: CommentThread | null): CommentThread {
  if (thread === null) throw new AppError('storage', 'The comment thread could not be read back.');
  return thread;
}

function requireThread(threads: Y.Map<ThreadMap>, threadId: string): ThreadMap {
  const thread = threads.get(threadId);
  if (thread === undefined) throw new AppError('not_found', 'That comment thread is not in this draft any more.');
  return thread;
}

function ownComment(thread: ThreadMap, commentId: string, person: string, verb: string): { comments: Y.Array<Comment>; index: number; comment: Comment } {
  const comments = commentsOf(thread);
  const index = comments.toArray().findIndex((comment) => comment.id === commentId);
  const comment = comments.get(index);
  if (index < 0 || comment === undefined) throw new AppError('not_found', 'That comment is not in the thread any more.');
  if (comment.author !== person) throw new AppError('forbidden', `Only ${comment.author} can ${verb} this comment.`);
  return { comments, index, comment };
}

/** Starts a thread on the words the page just marked with `threadId`, with its first comment. */
export function addThread(db: Database, input: { draftId: string; threadId: string; text: string }, now: Date): CommentThread {
  return written(change({ db, ...input, now }, (threads, person, time) => {
    if (threads.has(input.threadId)) throw new AppError('invalid_input', 'That comment thread already exists.');
    const thread = new Y.Map<unknown>();
    const comments = new Y.Array<Comment>();
    comments.push([{ id: randomUUID(), author: person, createdAt: time, editedAt: null, text: input.text }]);
    thread.set('id', input.threadId);
    thread.set('createdAt', time);
    thread.set('resolved', false);
    thread.set('resolvedBy', null);
    thread.set('resolvedAt', null);
    thread.set('comments', comments);
    threads.set(input.threadId, thread);
  }));
}

/** Adds a reply to a thread. */
export function replyToThread(db: Database, input: { draftId: string; threadId: string; text: string }, now: Date): CommentThread {
  return written(change({ db, ...input, now }, (threads, person, time) => {
    const thread = requireThread(threads, input.threadId);
    commentsOf(thread).push([{ id: randomUUID(), author: person, createdAt: time, editedAt: null, text: input.text }]);
  }));
}

/** Changes the words of one's own comment. */
export function editComment(db: Database, input: { draftId: string; threadId: string; commentId: string; text: string }, now: Date): CommentThread {
  return written(change({ db, ...input, now }, (threads, person, time) => {
    const { comments, index, comment } = ownComment(requireThread(threads, input.threadId), input.commentId, person, 'edit');
    comments.delete(index, 1);
    comments.insert(index, [{ ...comment, text: input.text, editedAt: time }]);
  }));
}

/** Deletes one's own comment; a thread left with none is deleted with it (its mark stays in the text until the page removes it). */
export function deleteComment(db: Database, input: { draftId: string; threadId: string; commentId: string }, now: Date): CommentThread | null {
  return change({ db, ...input, now }, (threads, person) => {
    const thread = requireThread(threads, input.threadId);
    const { comments, index } = ownComment(thread, input.commentId, person, 'delete');
    comments.delete(index, 1);
    if (comments.length === 0) threads.delete(input.threadId);
  });
}

/** Resolves or reopens a thread, saying who did it and when. */
export function setThreadResolved(db: Database, input: { draftId: string; threadId: string; resolved: boolean }, now: Date): CommentThread {
  return written(change({ db, ...input, now }, (threads, person, time) => {
    const thread = requireThread(threads, input.threadId);
    thread.set('resolved', input.resolved);
    thread.set('resolvedBy', input.resolved ? person : null);
    thread.set('resolvedAt', input.resolved ? time : null);
  }));
}

/** Open threads per draft, for library rows (0 for drafts with none). */
export function openThreadCounts(db: Database, ids: readonly string[]): Map<string, number> {
  const rows = db
    .prepare<[string], { draft_id: string; open_threads: number }>('SELECT draft_id, open_threads FROM comment_counts WHERE draft_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.draft_id, row.open_threads]));
}

/** Ids of a draft's open threads, for the checklist (the document is read only when the library's count says there are some). */
export function openThreadIds(db: Database, draftId: string): string[] {
  const count = selectCount(db).pluck().get(draftId);
  if (count === undefined || count === 0) return [];
  return readThreads(openDoc(draftDesk(db), draftDocName(draftId)))
    .filter((thread) => !thread.resolved && thread.comments.length > 0)
    .map((thread) => thread.id);
}
