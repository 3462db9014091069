import type { Draft } from '../../shared/model/draft';
import type { PlacedImage } from '../../shared/model/image';

/** What export needs of a draft; `convert` builds one without a database. */
export type ExportArticle = Pick<
  Draft,
  | 'id'
  | 'kicker'
  | 'headline'
  | 'dek'
  | 'authorName'
  | 'authorBio'
  | 'dateline'
  | 'section'
  | 'tags'
  | 'language'
  | 'seoTitle'
  | 'seoDescription'
  | 'slug'
  | 'publishedAt'
  | 'body'
> & {
  /** Last change, for `dateModified`; null when unknown (a converted file). */
  updatedAt: string | null;
  /** The picture above the story and on social cards; absent or null when there is none. */
  leadImage?: PlacedImage | null;
};
