import { z } from 'zod';
import { ArticleFields, BodyJson, IsoTime } from './draft';

/** The fields a comparison reads, in the order the compare view and the CLI list them. */
export const comparedFields = ['kicker', 'headline', 'dek', 'authorName', 'authorBio', 'dateline', 'section', 'tags', 'language', 'seoTitle', 'seoDescription', 'slug'] as const;
export const ComparedField = z.enum(comparedFields);
export type ComparedField = z.infer<typeof ComparedField>;

/** The fields' labels: the editor's fields show them, and the compare view and the CLI name changes by them. */
export const articleFieldLabels: Record<ComparedField, string> = {
  kicker: 'Kicker',
  headline: 'Headline',
  dek: 'Standfirst',
  authorName: 'Author',
  authorBio: 'Author bio',
  dateline: 'Dateline',
  section: 'Section',
  tags: 'Tags',
  language: 'Language',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  slug: 'Slug',
};

/** One run of a word diff: kept, added or removed text. */
export const DiffPart = z.object({ text: z.string(), kind: z.enum(['same', 'added', 'removed']) });
export type DiffPart = z.infer<typeof DiffPart>;

/** A field whose value changed, with its word diff. */
export const FieldChange = z.object({
  kind: z.literal('field'),
  field: ComparedField,
  before: z.string(),
  after: z.string(),
  parts: z.array(DiffPart),
});
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * Words inserted, deleted or replaced in the body. `from`/`to` is the inserted range in the newer
 * body (a ProseMirror position; equal when only words were deleted, the deletion shown there).
 * `formatting` is set when the words are the same and only their formatting or block style changed.
 */
export const TextChange = z.object({
  kind: z.literal('text'),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  deleted: z.string(),
  inserted: z.string(),
  formatting: z.boolean(),
});
export type TextChange = z.infer<typeof TextChange>;

export const cardTypes = ['adSlot', 'relatedLink'] as const;
export const CardType = z.enum(cardTypes);
export type CardType = z.infer<typeof CardType>;

/**
 * An ad slot or related link added, removed or moved. `at` is where it is in the newer body (or
 * where it was, for a removal); `movedFrom` is where a moved card stood, as a position in the
 * newer body.
 */
export const CardChange = z.object({
  kind: z.literal('card'),
  card: CardType,
  action: z.enum(['added', 'removed', 'moved']),
  description: z.string(),
  at: z.number().int().nonnegative(),
  movedFrom: z.number().int().nonnegative().nullable(),
});
export type CardChange = z.infer<typeof CardChange>;

export const ArticleChange = z.discriminatedUnion('kind', [FieldChange, TextChange, CardChange]);
export type ArticleChange = z.infer<typeof ArticleChange>;

/** Which state a side of a comparison is: a revision by id, or the draft as it is now. */
export const CompareSide = z.union([z.object({ revisionId: z.number().int().positive() }).strict(), z.object({ current: z.literal(true) }).strict()]);
export type CompareSide = z.infer<typeof CompareSide>;

/** A side as a person reads it: which revision (null for the current text), its label and time. */
export const ComparedVersion = z.object({
  revisionId: z.number().int().positive().nullable(),
  label: z.string(),
  createdAt: IsoTime,
  fields: ArticleFields,
  body: BodyJson,
});
export type ComparedVersion = z.infer<typeof ComparedVersion>;

/** Every change between two versions: fields first, then the body in reading order. */
export const Comparison = z.object({
  draftId: z.string().uuid(),
  from: ComparedVersion,
  to: ComparedVersion,
  changes: z.array(ArticleChange),
});
export type Comparison = z.infer<typeof Comparison>;

/** What this person last reviewed of a draft, who it is assigned to, and what changed since. */
export const ReviewState = z.object({
  /** The person the laptop acts as (Settings > Your name), or null until they have said. */
  person: z.string().nullable(),
  assignee: z.string().nullable(),
  review: z
    .object({
      revisionId: z.number().int().positive(),
      reviewedAt: IsoTime,
      /** How many changes the draft has had since; 0 when it has not changed. */
      changesSince: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type ReviewState = z.infer<typeof ReviewState>;

/** What the library shows beside a draft. */
export const ReviewMark = z.object({ draftId: z.string().uuid(), assignee: z.string().nullable(), changedSinceReview: z.boolean(), openComments: z.number().int().nonnegative() });
export type ReviewMark = z.infer<typeof ReviewMark>;

export const workflowActions = ['send_for_review', 'approve', 'return_to_reporter'] as const;
export const WorkflowAction = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

/** A person's name as the desk sees it: one line, trimmed, not empty. */
export const PersonName = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'a name is needed').max(100, 'a name is at most 100 characters'));
