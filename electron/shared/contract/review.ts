import { z } from 'zod';
import { Draft } from '../model/draft';
import { CompareSide, Comparison, PersonName, ReviewMark, ReviewState, WorkflowAction } from '../model/review';
import { CommentText, CommentThread } from '../model/comments';
import { channel } from './channel';

const DraftId = z.string().uuid();

/** Channels of review: who I am, compare versions, mark reviewed, library marks, and the workflow. */
const ThreadRef = { draftId: DraftId, threadId: z.string().uuid() };

export const reviewChannels = {
  'comments:list': channel(z.object({ draftId: DraftId }).strict(), z.array(CommentThread), 'The comment threads of a draft, oldest first.'),
  'comments:add': channel(
    z.object({ ...ThreadRef, text: CommentText }).strict(),
    CommentThread,
    'Starts a thread (its id is the one the page put on the words in the body) with its first comment, by me.',
  ),
  'comments:reply': channel(z.object({ ...ThreadRef, text: CommentText }).strict(), CommentThread, 'Adds my reply to a thread.'),
  'comments:edit': channel(
    z.object({ ...ThreadRef, commentId: z.string().uuid(), text: CommentText }).strict(),
    CommentThread,
    'Changes the words of my own comment; `forbidden` for anyone else’s.',
  ),
  'comments:delete': channel(
    z.object({ ...ThreadRef, commentId: z.string().uuid() }).strict(),
    z.object({ thread: CommentThread.nullable() }),
    'Deletes my own comment (`forbidden` for anyone else’s); the thread goes with its last comment (thread: null).',
  ),
  'comments:resolve': channel(z.object({ ...ThreadRef, resolved: z.boolean() }).strict(), CommentThread, 'Resolves a thread, or reopens it.'),
  'review:person': channel(z.object({}).strict(), z.object({ name: z.string().nullable() }), 'Who this laptop acts as (Settings > Your name), or null.'),
  'review:setPerson': channel(z.object({ name: PersonName }).strict(), z.object({ name: z.string() }), 'Sets Your name.'),
  'review:compare': channel(
    z.object({ draftId: DraftId, from: CompareSide.optional(), to: CompareSide.optional() }).strict(),
    Comparison,
    'The changes between two revisions, or a revision and the current text; by default the newest earlier revision that differs and the current text.',
  ),
  'review:state': channel(z.object({ draftId: DraftId }).strict(), ReviewState, 'What I last reviewed of a draft, its assignee, and how many changes it has had since.'),
  'review:markReviewed': channel(z.object({ draftId: DraftId }).strict(), ReviewState, 'Records that I reviewed the draft as it is now.'),
  'review:marks': channel(
    z.object({ ids: z.array(DraftId).max(500) }).strict(),
    z.array(ReviewMark),
    'For library rows: each draft’s assignee and whether it changed since I reviewed it.',
  ),
  'workflow:act': channel(
    z.object({ draftId: DraftId, action: WorkflowAction, note: z.string().max(2000).optional() }).strict(),
    Draft,
    'Send for review, Approve, or Return to reporter (with a note); refused with `forbidden` when the role may not.',
  ),
  'workflow:assign': channel(
    z.object({ draftId: DraftId, person: PersonName.nullable() }).strict(),
    ReviewState,
    'Assigns the draft to a person, or clears the assignment with null.',
  ),
} as const;
