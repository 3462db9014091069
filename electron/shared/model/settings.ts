import { z } from 'zod';

/** An ad format the site's ad server knows, with its size (`fluid` for native ads). */
export const AdFormat = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'format ids are lower-case words such as inline'),
    label: z.string().min(1).max(60),
    size: z.string().regex(/^(\d{1,4}x\d{1,4}|fluid)$/, 'size is WIDTHxHEIGHT or fluid'),
  })
  .strict();
export type AdFormat = z.infer<typeof AdFormat>;

/** Where ads may go; the defaults are what most news sites use. */
export const AdRules = z
  .object({
    firstAfterParagraph: z.number().int().min(1).max(50),
    minParagraphsBetween: z.number().int().min(0).max(50),
    wordsPerAd: z.number().int().min(20).max(5000),
    maxAds: z.number().int().min(0).max(50),
    defaultFormat: z.string().max(40),
  })
  .strict();
export type AdRules = z.infer<typeof AdRules>;

/** The website's settings, used by the inserters and by export. */
export const SiteSettings = z
  .object({
    siteName: z.string().max(200),
    baseUrl: z.string().max(500).refine((value) => value === '' || /^https?:\/\/[^\s/]+/i.test(value), 'base URL must start with http:// or https://'),
    /** Where the site hosts exported pictures (`https://cdn.example.com/news/`); '' puts them in `images/` beside the page. */
    imageBaseUrl: z.string().max(500).refine((value) => value === '' || /^https?:\/\/[^\s/]+[^\s"<>]*$/i.test(value), 'image base URL must start with http:// or https://'),
    publisherName: z.string().max(200),
    publisherLogoUrl: z.string().max(1000).refine((value) => value === '' || /^https?:\/\//i.test(value), 'logo URL must start with http:// or https://'),
    defaultLanguage: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/),
    relatedLabels: z.array(z.string().min(1).max(40)).min(1).max(10),
    adFormats: z.array(AdFormat).min(1).max(20),
    adRules: AdRules,
  })
  .strict();
export type SiteSettings = z.infer<typeof SiteSettings>;

/** What a fresh install starts with. */
export const defaultSiteSettings: SiteSettings = {
  siteName: 'Newsdesk',
  baseUrl: '',
  imageBaseUrl: '',
  publisherName: '',
  publisherLogoUrl: '',
  defaultLanguage: 'en',
  relatedLabels: ['Also Read:', 'Related:', 'Read more:'],
  adFormats: [
    { id: 'inline', label: 'Inline', size: '300x250' },
    { id: 'leaderboard', label: 'Leaderboard', size: '728x90' },
    { id: 'native', label: 'Native', size: 'fluid' },
  ],
  adRules: { firstAfterParagraph: 3, minParagraphsBetween: 3, wordsPerAd: 150, maxAds: 6, defaultFormat: 'inline' },
};
