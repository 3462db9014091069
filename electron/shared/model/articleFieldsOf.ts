import type { ArticleFields, Draft } from './draft';

/** The article fields of a draft (everything a reporter edits apart from the body). */
export function articleFieldsOf(draft: Draft): ArticleFields {
  return {
    kicker: draft.kicker,
    headline: draft.headline,
    dek: draft.dek,
    authorName: draft.authorName,
    authorBio: draft.authorBio,
    dateline: draft.dateline,
    section: draft.section,
    tags: draft.tags,
    language: draft.language,
    seoTitle: draft.seoTitle,
    seoDescription: draft.seoDescription,
    slug: draft.slug,
    leadImage: draft.leadImage,
  };
}
