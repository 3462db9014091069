import type { z } from 'zod';
import { SiteSettings } from './settings';

/** What is wrong with one setting: `field` is its path (`baseUrl`, `adFormats.1.id`), `message` plain words. */
export type SettingsProblem = { field: string; message: string };

const ruleLabels: Record<string, string> = {
  firstAfterParagraph: 'The first ad’s paragraph',
  minParagraphsBetween: 'The paragraphs between ads',
  wordsPerAd: 'The words per ad',
  maxAds: 'The most ads in an article',
};

function numberMessage(label: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return `${label} must be at least ${String(issue.minimum)}.`;
  if (issue.code === 'too_big') return `${label} must be at most ${String(issue.maximum)}.`;
  return `${label} must be a whole number.`;
}

function plainWords(path: readonly PropertyKey[], issue: z.core.$ZodIssue): string {
  const [key, index, part] = path.map(String);
  switch (key) {
    case 'siteName':
      return 'The site name can be at most 200 characters.';
    case 'publisherName':
      return 'The publisher name can be at most 200 characters.';
    case 'baseUrl':
      return 'The base URL must be a web address starting with http:// or https://, such as https://news.example.com.';
    case 'imageBaseUrl':
      return 'The image base URL must be a web address starting with http:// or https://, such as https://cdn.example.com/news/.';
    case 'publisherLogoUrl':
      return 'The logo URL must be a web address starting with http:// or https://.';
    case 'defaultLanguage':
      return 'The default language must be a language code such as en, fr or pt-BR.';
    case 'relatedLabels':
      return index === undefined && issue.code === 'too_small'
        ? 'Give at least one related-link label.'
        : index === undefined
          ? 'Give at most 10 related-link labels.'
          : 'Each related-link label can be at most 40 characters.';
    case 'adFormats':
      if (part === 'id') return 'A format id is one lower-case word (letters, digits and hyphens, starting with a letter), such as inline.';
      if (part === 'label') return 'Give the format a label of at most 60 characters.';
      if (part === 'size') return 'The size is WIDTHxHEIGHT, such as 300x250, or fluid.';
      return issue.code === 'too_small' ? 'Keep at least one ad format.' : 'Give at most 20 ad formats.';
    case 'adRules':
      if (index === 'defaultFormat') return 'Choose a default format from the ad formats.';
      return numberMessage(ruleLabels[index ?? ''] ?? 'This value', issue);
    default:
      return 'This setting is not valid.';
  }
}

/**
 * Everything wrong with a set of site settings, one plain-words message per field (never a field's
 * internal name): the schema's rules, ad format ids used twice, and a default format that is not
 * one of the formats. The settings form shows each beside its field; the engine refuses the lot.
 */
export function settingsProblems(settings: unknown): SettingsProblem[] {
  const problems = new Map<string, string>();
  const parsed = SiteSettings.safeParse(settings);
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path.map(String).join('.');
    if (!problems.has(field)) problems.set(field, plainWords(issue.path, issue));
  }
  const formats: unknown = typeof settings === 'object' && settings !== null ? Reflect.get(settings, 'adFormats') : undefined;
  const ids: unknown[] = Array.isArray(formats) ? formats.map((format: unknown): unknown => (typeof format === 'object' && format !== null ? Reflect.get(format, 'id') : undefined)) : [];
  const seen = new Set<unknown>();
  ids.forEach((id, index) => {
    const field = `adFormats.${index}.id`;
    if (typeof id === 'string' && seen.has(id) && !problems.has(field)) problems.set(field, `Another format already has the id “${id}”; each format needs its own.`);
    seen.add(id);
  });
  if (parsed.success && !seen.has(parsed.data.adRules.defaultFormat)) problems.set('adRules.defaultFormat', 'Choose a default format from the ad formats.');
  return [...problems].map(([field, message]) => ({ field, message }));
}
