/** Longest slug generated from a headline; leaves room for a `-2` style suffix within the 200 allowed. */
export const SLUG_MAX_LENGTH = 80;

/**
 * Turns a headline into a URL slug: lower-case ASCII letters and digits joined by single hyphens,
 * accents dropped, cut at a word boundary. Returns '' when nothing usable is left.
 */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX_LENGTH) return slug === '' ? word.slice(0, SLUG_MAX_LENGTH) : slug;
    slug = next;
  }
  return slug;
}
