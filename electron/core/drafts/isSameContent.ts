import type { Draft } from '../../shared/model/draft';

const compared = [
  'slug', 'slugLocked', 'kicker', 'headline', 'dek', 'authorName', 'authorBio', 'dateline', 'section', 'language', 'seoTitle', 'seoDescription',
] as const satisfies readonly (keyof Draft)[];

/** Whether two states of a draft hold the same fields, lead image and body (a save that would change nothing). */
export function isSameContent(a: Draft, b: Draft): boolean {
  if (compared.some((key) => a[key] !== b[key])) return false;
  if (a.tags.length !== b.tags.length || a.tags.some((tag, index) => tag !== b.tags[index])) return false;
  if (JSON.stringify(a.leadImage) !== JSON.stringify(b.leadImage)) return false;
  return a.body === b.body || JSON.stringify(a.body) === JSON.stringify(b.body);
}
