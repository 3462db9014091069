import { z } from 'zod';
import { IsoTime } from './draft';

/** What a person writes in a comment: one to 5,000 characters, not only spaces. */
export const CommentText = z
  .string()
  .max(5000, 'A comment can be at most 5,000 characters.')
  .refine((text) => text.trim() !== '', 'A comment needs some words.');

/** One comment of a thread. */
export const Comment = z.object({
  id: z.string().uuid(),
  author: z.string().max(200),
  createdAt: IsoTime,
  editedAt: IsoTime.nullable(),
  text: z.string().max(5000),
});
export type Comment = z.infer<typeof Comment>;

/** A thread of comments on a stretch of the body (the `comment` mark with the thread's id marks it). */
export const CommentThread = z.object({
  id: z.string().uuid(),
  createdAt: IsoTime,
  comments: z.array(Comment),
  resolved: z.boolean(),
  resolvedBy: z.string().max(200).nullable(),
  resolvedAt: IsoTime.nullable(),
});
export type CommentThread = z.infer<typeof CommentThread>;

/** How many threads are open (not resolved, with at least one comment). */
export function openThreadCount(threads: readonly CommentThread[]): number {
  return threads.filter((thread) => !thread.resolved && thread.comments.length > 0).length;
}
