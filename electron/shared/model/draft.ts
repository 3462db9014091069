import { z } from 'zod';
import { PlacedImage } from './image';
import { isSlug } from './slugify';

/** Lifecycle of a draft, from first words to the website. */
export const draftStatuses = ['draft', 'in_review', 'approved', 'published'] as const;
export const DraftStatus = z.enum(draftStatuses);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** Whether a string (from a select, a flag, a file) names a status. */
export function isDraftStatus(value: string): value is DraftStatus {
  return draftStatuses.some((status) => status === value);
}

/** Human labels for statuses, shared by the UI and the CLI. */
export const draftStatusLabels: Record<DraftStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
};

const text = (max: number) => z.string().max(max);

/** A ProseMirror/Tiptap document as JSON. Its node types are checked against the schema by the engine. */
export const BodyJson = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() });
export type BodyJson = z.infer<typeof BodyJson>;

/** The article's fields a reporter edits, apart from the body. */
export const ArticleFields = z.object({
  kicker: text(200),
  headline: text(500),
  dek: text(2000),
  authorName: text(200),
  authorBio: text(2000),
  dateline: text(200),
  section: text(200),
  tags: z.array(text(100)).max(50),
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language must be a BCP 47 tag such as en or pt-BR'),
  seoTitle: text(500),
  seoDescription: text(2000),
  slug: z.string().max(200).refine((value) => value === '' || isSlug(value), 'slug may hold only lower-case letters, digits and single hyphens'),
  /** The picture above the story and on social cards; kept apart from the body (revisions before images have none). */
  leadImage: PlacedImage.nullable().default(null),
});
export type ArticleFields = z.infer<typeof ArticleFields>;

/** The editable parts of a draft; every key optional in a save. */
export const DraftChanges = ArticleFields.extend({
  // Without the default: a save that leaves the lead image out keeps it.
  leadImage: PlacedImage.nullable(),
  body: BodyJson,
  slugLocked: z.boolean(),
}).partial();
export type DraftChanges = z.infer<typeof DraftChanges>;

export const IsoTime = z.string().max(40);

/** A whole draft as the engine returns it. */
export const Draft = ArticleFields.extend({
  id: z.string().uuid(),
  slugLocked: z.boolean(),
  status: DraftStatus,
  publishedUrl: z.string().nullable(),
  publishedAt: IsoTime.nullable(),
  body: BodyJson,
  wordCount: z.number().int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  deletedAt: IsoTime.nullable(),
  version: z.number().int().positive(),
});
export type Draft = z.infer<typeof Draft>;

/** One row of the library list. */
export const DraftSummary = Draft.pick({
  id: true,
  slug: true,
  headline: true,
  kicker: true,
  status: true,
  authorName: true,
  section: true,
  wordCount: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  version: true,
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/** Markers that FTS snippets put around a matched term (private-use characters, never in copy). */
export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';

export const SearchHit = DraftSummary.extend({ snippet: z.string() });
export type SearchHit = z.infer<typeof SearchHit>;

export const StatusChange = z.object({ status: DraftStatus, changedAt: IsoTime });
export type StatusChange = z.infer<typeof StatusChange>;

export const revisionReasons = ['auto', 'manual', 'status', 'restore', 'conflict'] as const;
export const RevisionReason = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof RevisionReason>;

/** A snapshot in a draft's history, without its content. */
export const RevisionSummary = z.object({
  id: z.number().int().positive(),
  draftId: z.string().uuid(),
  createdAt: IsoTime,
  label: z.string().nullable(),
  reason: RevisionReason,
  version: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  headline: z.string(),
  /** Who kept it, when it came from a laptop syncing with a newsroom server. */
  author: z.string().nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

/** A snapshot with the fields and body it kept. */
export const Revision = RevisionSummary.extend({
  fields: ArticleFields,
  body: BodyJson,
});
export type Revision = z.infer<typeof Revision>;
