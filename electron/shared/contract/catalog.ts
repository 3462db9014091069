import { z } from 'zod';
import { CatalogArticle, CatalogFeed, CatalogImportReport } from '../model/catalog';
import { channel } from './channel';

const Articles = z.object({ items: z.array(CatalogArticle) });

/** Channels of the catalog of published articles that related links point to. */
export const catalogChannels = {
  'catalog:search': channel(
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    Articles,
    'Searches the catalog (website articles and published drafts), best match and most recent first; an empty query lists the newest.',
  ),
  'catalog:suggest': channel(
    z.object({ draftId: z.string().uuid(), limit: z.number().int().min(1).max(20).default(5) }).strict(),
    Articles,
    'Articles related to a draft (shared terms of headline, tags and body), never the draft itself.',
  ),
  'catalog:import': channel(
    z
      .object({
        url: z
          .string()
          .trim()
          .max(4096)
          .regex(/^https?:\/\/[^\s/]+/i, 'the feed address must start with http:// or https://')
          .optional(),
      })
      .strict(),
    CatalogImportReport.nullable(),
    'Imports an RSS 2.0, Atom or Google News sitemap feed from an http(s) URL (fetched by the main process) or, without one, from a file the user picks in the native dialog; null when cancelled. The page never names a file path.',
  ),
  'catalog:list': channel(
    z.object({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    z.object({ items: z.array(CatalogArticle), total: z.number().int(), feeds: z.array(CatalogFeed) }),
    'A page of the catalog, newest first, with the feeds it is refreshed from.',
  ),
  'catalog:refresh': channel(
    z.object({}).strict(),
    z.object({ feeds: z.array(z.object({ url: z.string(), report: CatalogImportReport.nullable(), error: z.string().nullable() })) }),
    'Imports every remembered feed URL again; a feed that fails is reported with its reason.',
  ),
} as const;
