import { z } from 'zod';

/** Where a catalog entry came from: the website's feed, or a draft published from this app. */
export const CatalogSource = z.enum(['feed', 'draft']);
export type CatalogSource = z.infer<typeof CatalogSource>;

/** One published article the reporter can link to ("Also Read:"). */
export const CatalogArticle = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  title: z.string(),
  section: z.string(),
  /** ISO 8601 time, or null when the feed gave no usable date. */
  publishedAt: z.string().nullable(),
  summary: z.string(),
  source: CatalogSource,
  feedUrl: z.string().nullable(),
  draftId: z.string().nullable(),
  importedAt: z.string(),
});
export type CatalogArticle = z.infer<typeof CatalogArticle>;

/** An article read from a feed, before it is stored. */
export type FeedItem = { url: string; title: string; section: string; publishedAt: string | null; summary: string };

/** The feed formats Newsdesk reads. */
export const FeedFormat = z.enum(['rss', 'atom', 'news-sitemap']);
export type FeedFormat = z.infer<typeof FeedFormat>;

/** What an import did. */
export const CatalogImportReport = z.object({
  source: z.string(),
  format: FeedFormat,
  feedTitle: z.string(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  /** Items left out: no usable link (e.g. `javascript:`) or no title. */
  skipped: z.number().int().nonnegative(),
});
export type CatalogImportReport = z.infer<typeof CatalogImportReport>;

/** A feed URL the catalog remembers, for refresh. */
export const CatalogFeed = z.object({
  url: z.string(),
  title: z.string(),
  lastImportedAt: z.string(),
  itemCount: z.number().int().nonnegative(),
});
export type CatalogFeed = z.infer<typeof CatalogFeed>;
