import { AppError } from '../../shared/contract/result';
import { bodyText } from '../../shared/model/bodyText';
import { headlineSortKey } from './headlineSortKey';
import { BodyJson, DraftStatus, type Draft, type DraftSummary } from '../../shared/model/draft';
import { PlacedImage } from '../../shared/model/image';

/** A row of the `drafts` table as SQLite returns it. */
export type DraftRow = {
  id: string;
  slug: string;
  slug_locked: number;
  kicker: string;
  headline: string;
  /** The headline's natural-order key (headlineSortKey), what the library sorts by. */
  headline_sort: string;
  dek: string;
  author_name: string;
  author_bio: string;
  dateline: string;
  section: string;
  tags: string;
  language: string;
  seo_title: string;
  seo_description: string;
  lead_image: string | null;
  published_url: string | null;
  published_at: string | null;
  status: string;
  body: string;
  body_text: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
};

/** The columns a library row needs (no body). */
export type DraftSummaryRow = Pick<
  DraftRow,
  'id' | 'slug' | 'headline' | 'kicker' | 'status' | 'author_name' | 'section' | 'word_count' | 'created_at' | 'updated_at' | 'deleted_at' | 'version'
>;

/** Every column of DraftRow, in table order, for SELECT and INSERT lists. */
export const draftColumns = [
  'id', 'slug', 'slug_locked', 'kicker', 'headline', 'headline_sort', 'dek', 'author_name', 'author_bio', 'dateline', 'section', 'tags',
  'language', 'seo_title', 'seo_description', 'lead_image', 'published_url', 'published_at', 'status', 'body', 'body_text',
  'word_count', 'created_at', 'updated_at', 'deleted_at', 'version',
] as const satisfies readonly (keyof DraftRow)[];

/** The columns of DraftSummaryRow, for list queries. */
export const draftSummaryColumns = [
  'id', 'slug', 'headline', 'kicker', 'status', 'author_name', 'section', 'word_count', 'created_at', 'updated_at', 'deleted_at', 'version',
] as const satisfies readonly (keyof DraftSummaryRow)[];

function readJson(text: string, what: string, id: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('storage', `The ${what} of draft ${id} could not be read from the database.`);
  }
}

function readTags(text: string, id: string): string[] {
  const tags = readJson(text, 'tags', id);
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

function readLeadImage(text: string | null, id: string): PlacedImage | null {
  if (text === null) return null;
  const image = PlacedImage.safeParse(readJson(text, 'lead image', id));
  return image.success ? image.data : null;
}

function readStatus(status: string): DraftStatus {
  const parsed = DraftStatus.safeParse(status);
  return parsed.success ? parsed.data : 'draft';
}

/** A library row from its columns. */
export function rowToDraftSummary(row: DraftSummaryRow): DraftSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    kicker: row.kicker,
    status: readStatus(row.status),
    authorName: row.author_name,
    section: row.section,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

/** A whole draft from its row; the body and tags are parsed from JSON. */
export function rowToDraft(row: DraftRow): Draft {
  const body = BodyJson.safeParse(readJson(row.body, 'body', row.id));
  if (!body.success) throw new AppError('storage', `The body of draft ${row.id} is not a document.`);
  return {
    ...rowToDraftSummary(row),
    slugLocked: row.slug_locked === 1,
    dek: row.dek,
    authorBio: row.author_bio,
    dateline: row.dateline,
    tags: readTags(row.tags, row.id),
    language: row.language,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    leadImage: readLeadImage(row.lead_image, row.id),
    publishedUrl: row.published_url,
    publishedAt: row.published_at,
    body: body.data,
  };
}

/** The row for a draft; the body's plain text is derived here so search always matches the body. */
export function draftToRow(draft: Draft): DraftRow {
  return {
    id: draft.id,
    slug: draft.slug,
    slug_locked: draft.slugLocked ? 1 : 0,
    kicker: draft.kicker,
    headline: draft.headline,
    headline_sort: headlineSortKey(draft.headline),
    dek: draft.dek,
    author_name: draft.authorName,
    author_bio: draft.authorBio,
    dateline: draft.dateline,
    section: draft.section,
    tags: JSON.stringify(draft.tags),
    language: draft.language,
    seo_title: draft.seoTitle,
    seo_description: draft.seoDescription,
    lead_image: draft.leadImage === null ? null : JSON.stringify(draft.leadImage),
    published_url: draft.publishedUrl,
    published_at: draft.publishedAt,
    status: draft.status,
    body: JSON.stringify(draft.body),
    body_text: bodyText(draft.body),
    word_count: draft.wordCount,
    created_at: draft.createdAt,
    updated_at: draft.updatedAt,
    deleted_at: draft.deletedAt,
    version: draft.version,
  };
}
