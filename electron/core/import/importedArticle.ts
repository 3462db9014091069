import type { JSONContent } from '@tiptap/core';
import type { ArticleFields } from '../../shared/model/draft';
import type { RemovedLink } from '../../shared/paste/cleanPastedHtml';

/** The formats Newsdesk reads copy from. */
export type ImportFormat = 'markdown' | 'text' | 'docx' | 'html';

/** What an import took out or could not settle, to show the user. */
export type ImportReport = {
  format: ImportFormat;
  removedLinks: RemovedLink[];
  droppedImages: number;
  /** Titles of related links not found in the catalog; export names them until they get a URL. */
  unresolvedRelated: string[];
  /** Front matter keys Newsdesk does not know, left out. */
  ignoredKeys: string[];
};

/** An article read from a file: fields, publication time, body (Tiptap JSON) and the report. */
export type ImportedArticle = {
  fields: Partial<ArticleFields>;
  publishedAt: string | null;
  body: JSONContent;
  report: ImportReport;
};

/** Finds a published article by its headline (exact or near) in the local catalog. */
export type RelatedLookup = (title: string) => { href: string; title: string } | null;
