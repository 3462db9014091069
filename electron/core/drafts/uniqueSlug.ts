import type { Database } from 'better-sqlite3';
import { followsHeadlineSlug, headlineSlug } from '../../shared/model/slugify';
import { statement } from '../db/statement';

// Compared as bytes, every `base-N` sorts between `base-` and `base.` ('-' is 0x2D, '.' is 0x2E).
const selectTaken = statement<[string, string, string, string], string>(
  "SELECT slug FROM drafts WHERE (slug = ? OR (slug >= ? AND slug < ?)) AND id <> ?",
);

const selectOwner = statement<[string, string], string>('SELECT id FROM drafts WHERE slug = ? AND id <> ?');

/** Whether `slug` is free for the draft `id` (no other draft, trashed or not, uses it). */
export function isSlugFree(db: Database, slug: string, id: string): boolean {
  return selectOwner(db).pluck().get(slug, id) === undefined;
}

/** `base` if no other draft uses it, else the first free `base-2`, `base-3`, ... */
export function uniqueSlug(db: Database, base: string, id: string): string {
  const taken = new Set(selectTaken(db).pluck().all(base, `${base}-`, `${base}.`, id));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The slug of a draft whose slug follows its headline: `current` while it still belongs to the headline
 * (`bridge-reopens-2` stays), else the headline's first free one.
 */
export function slugFollowingHeadline(db: Database, id: string, headline: string, language: string, current: string): string {
  const base = headlineSlug(headline, language);
  return followsHeadlineSlug(current, base) ? current : uniqueSlug(db, base, id);
}
