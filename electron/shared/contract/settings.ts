import { z } from 'zod';
import { SiteSettings } from '../model/settings';
import { channel } from './channel';

const text = z.string().max(10_000);
const count = z.number();

/**
 * Settings as typed in the form: only their shapes are checked here (bounded), so that every rule
 * is checked by `settingsProblems` and refused in plain words, never with a field's internal name.
 */
const SettingsChanges = z
  .object({
    siteName: text,
    baseUrl: text,
    imageBaseUrl: text,
    publisherName: text,
    publisherLogoUrl: text,
    defaultLanguage: text,
    relatedLabels: z.array(text).max(100),
    adFormats: z.array(z.object({ id: text, label: text, size: text }).strict()).max(100),
    adRules: z.object({ firstAfterParagraph: count, minParagraphsBetween: count, wordsPerAd: count, maxAds: count, defaultFormat: text }).strict(),
  })
  .partial()
  .strict();

/** Channels of the site settings (name, base URL, ad formats and rules, related-link labels). */
export const settingsChannels = {
  'settings:get': channel(z.object({}).strict(), SiteSettings, 'The site settings, defaults filled in.'),
  'settings:update': channel(
    z.object({ changes: SettingsChanges }).strict(),
    SiteSettings,
    'Changes some site settings and returns them all; refused with `invalid_input` in plain words (each problem and its field in `details.problems`) when they do not hold together.',
  ),
} as const;
