import type { ArticleFields, Draft } from '../../../../electron/shared/model/draft';

/** The article fields as the editor holds them, with whether the slug was set by hand. */
export type EditableFields = ArticleFields & { slugLocked: boolean };

/** The fields of a draft that the editor edits. */
export function editableFieldsOf(draft: Draft): EditableFields {
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
    slugLocked: draft.slugLocked,
  };
}

/** Limits sites use; counters warn past them and never block. */
export const fieldLimits = { headline: 70, seoTitle: 60, seoDescription: 160 } as const;
