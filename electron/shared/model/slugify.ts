import transliterate from '@sindresorhus/slugify';

/** Longest slug generated from a headline; leaves room for a `-2` style suffix within the 200 allowed. */
export const SLUG_MAX_LENGTH = 80;

/** The longest slug a draft may have (set by hand or generated). */
export const SLUG_LIMIT = 200;

/** The slug used when a headline gives none (empty, or nothing but punctuation). */
export const FALLBACK_SLUG = 'untitled';

// Letters of scripts the library romanises by a standard table (Latin with German, Nordic and
// Vietnamese letters, Cyrillic, Greek, Armenian, Georgian): they become a-z. Any other letter
// (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai...) is kept as it is.
const ROMANISED = /[\p{scx=Latin}\p{scx=Cyrillic}\p{scx=Greek}\p{scx=Armenian}\p{scx=Georgian}\p{scx=Inherited}\p{scx=Common}]/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
// Vowel points and tatweel of Arabic and Hebrew: optional in the script, so left out of the slug.
const OPTIONAL_POINTS = /(?=\p{M})[\p{scx=Arabic}\p{scx=Hebrew}]|\u0640/gu;
const KEPT_WORD_PART = /[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]/u;
const SLUG_PATTERN = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]+)*$/u;

/** Whether `value` is a well-formed slug: lower-case letters of any script and digits, single hyphens between words, NFC. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && value === value.normalize('NFC');
}

function isKeptCharacter(character: string): boolean {
  return LETTER.test(character) && !ROMANISED.test(character);
}

/** Splits text into runs to romanise and runs whose letters are kept. */
function runs(text: string): { kept: boolean; text: string }[] {
  const result: { kept: boolean; text: string }[] = [];
  for (const character of text) {
    const kept = isKeptCharacter(character);
    const last = result.at(-1);
    if (last !== undefined && last.kept === kept) last.text += character;
    else result.push({ kept, text: character });
  }
  return result;
}

function keptWords(text: string, language: string | undefined): string {
  const lower = text.replace(OPTIONAL_POINTS, '').toLocaleLowerCase(language);
  return [...lower].map((character) => (KEPT_WORD_PART.test(character) ? character : '-')).join('');
}

function locale(language: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
}

// Where a single word is longer than the cut (a Chinese or Thai sentence has no spaces), it is cut
// at the last word boundary the language's segmenter finds, never inside a character.
function cutWord(word: string, max: number, language: string | undefined): string {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  let cut = '';
  for (const { segment } of segmenter.segment(word.slice(0, max * 2))) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  return cut.replace(/-+$/, '');
}

/** Joins words with hyphens up to `max` characters, cutting at a word boundary. */
function cutAtWord(words: string[], max: number, language: string | undefined): string {
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) return slug === '' ? cutWord(word, max, language) : slug;
    slug = next;
  }
  return slug;
}

/**
 * Turns text into slug words: letters of scripts with a standard romanisation become a-z
 * (`Ærø Straße` → `aero-strasse`, `Путин` → `putin`, with the language's own rules such as German
 * `ü` → `ue`), letters of other scripts are kept lower-cased (`普京`, `بوتين`), and everything else
 * separates words. Apostrophes inside words are dropped (`Ukraine’s` → `ukraines`).
 */
function slugWords(text: string, language: string | undefined): string[] {
  const tag = locale(language);
  const cleaned = text.normalize('NFC').replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '');
  const parts = runs(cleaned).map((run) =>
    // Lower-cased here, not by the library: its Turkish rules would make `I` a dotless `ı` and drop it.
    run.kept ? keptWords(run.text, tag) : transliterate(run.text, { decamelize: false, lowercase: false, ...(tag ? { locale: tag } : {}) }).toLowerCase(),
  );
  return parts
    .join('-')
    .split('-')
    .filter((word) => word !== '');
}

/**
 * Turns a headline into a URL slug in the article's language: romanised where the script has a
 * standard romanisation, its own letters where it has none (a Unicode slug, percent-encoded in
 * URLs), words joined by single hyphens and cut at a word boundary within SLUG_MAX_LENGTH.
 * Returns '' when the headline has no letters or digits.
 */
export function slugify(headline: string, language?: string): string {
  return cutAtWord(slugWords(headline, language), SLUG_MAX_LENGTH, locale(language));
}

/** The slug a draft's headline gives: `slugify`, or FALLBACK_SLUG when that is empty. */
export function headlineSlug(headline: string, language?: string): string {
  return slugify(headline, language) || FALLBACK_SLUG;
}

/** Whether `slug` is `base` or `base` with a number added to keep it unique (`base-2`). */
export function followsHeadlineSlug(slug: string, base: string): boolean {
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

/**
 * The slug the editor shows and export uses for a draft whose slug follows the headline: the
 * stored one while it still belongs to the headline (it may carry `-2` to stay unique), else the
 * headline's new slug, which the store makes unique on the next save.
 */
export function followingSlug(headline: string, language: string, savedSlug: string): string {
  const base = headlineSlug(headline, language);
  return followsHeadlineSlug(savedSlug, base) ? savedSlug : base;
}

/** What a slug typed by hand becomes: the same words a headline would give, up to SLUG_LIMIT characters. */
export function cleanSlug(typed: string, language?: string): string {
  return cutAtWord(slugWords(typed, language), SLUG_LIMIT, locale(language));
}
