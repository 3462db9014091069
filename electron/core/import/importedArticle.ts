import type { JSONContent } from '@tiptap/core';
import type { ArticleFields } from '../../shared/model/draft';
import type { ImportReport } from '../../shared/contract/publishing';

export type { ImportReport };

/** The formats Newsdesk reads copy from. */
export type ImportFormat = ImportReport['format'];

/** An article read from a file: fields, publication time, body (Tiptap JSON) and the report. */
export type ImportedArticle = {
  fields: Partial<ArticleFields>;
  publishedAt: string | null;
  body: JSONContent;
  report: ImportReport;
};

/** Finds a published article by its headline (exact or near) in the local catalog. */
export type RelatedLookup = (title: string) => { href: string; title: string } | null;
