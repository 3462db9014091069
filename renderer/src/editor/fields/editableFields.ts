import { articleFieldsOf } from '../../../../electron/shared/model/articleFieldsOf';
import type { ArticleFields, Draft } from '../../../../electron/shared/model/draft';

/** The article fields as the editor holds them, with whether the slug was set by hand. */
export type EditableFields = ArticleFields & { slugLocked: boolean };

/** The fields of a draft that the editor edits. */
export function editableFieldsOf(draft: Draft): EditableFields {
  return { ...articleFieldsOf(draft), slugLocked: draft.slugLocked };
}

/** Limits sites use; counters warn past them and never block. */
export const fieldLimits = { headline: 70, seoTitle: 60, seoDescription: 160 } as const;
