import { z } from 'zod';
import { Draft } from '../model/draft';
import { CompareSide, Comparison, PersonName, ReviewMark, ReviewState, WorkflowAction } from '../model/review';
import { channel } from './channel';

const DraftId = z.string().uuid();

/** Channels of review: who I am, compare versions, mark reviewed, library marks, and the workflow. */
export const reviewChannels = {
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
