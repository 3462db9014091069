import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Draft, DraftChanges } from '../../shared/model/draft';
import { wordCount } from '../../shared/model/wordCount';
import { isSlugFree, slugFollowingHeadline } from './uniqueSlug';

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

function resolveSlug(db: Database, current: Draft, next: Draft, changes: DraftChanges): Pick<Draft, 'slug' | 'slugLocked'> {
  if (changes.slug !== undefined && changes.slug !== '') {
    if (changes.slug !== current.slug && !isSlugFree(db, changes.slug, current.id)) {
      throw new AppError('invalid_input', `Another draft already uses the slug "${changes.slug}".`);
    }
    return { slug: changes.slug, slugLocked: changes.slugLocked ?? true };
  }
  const slugLocked = changes.slug === '' ? false : (changes.slugLocked ?? current.slugLocked);
  if (slugLocked && current.slug !== '') return { slug: current.slug, slugLocked };
  return { slug: slugFollowingHeadline(db, current.id, next.headline, next.language, current.slug), slugLocked };
}

/**
 * Applies a save's changes to a draft: keys left out keep their value, a new body gets a new word
 * count, and an unlocked slug follows the headline (unique among drafts). Setting a slug by hand
 * locks it; setting it to '' unlocks it. Does not touch version, times or status.
 */
export function mergeChanges(db: Database, current: Draft, changes: DraftChanges): Draft {
  const next: Draft = {
    ...current,
    kicker: changes.kicker ?? current.kicker,
    headline: changes.headline ?? current.headline,
    dek: changes.dek ?? current.dek,
    authorName: changes.authorName ?? current.authorName,
    authorBio: changes.authorBio ?? current.authorBio,
    dateline: changes.dateline ?? current.dateline,
    section: changes.section ?? current.section,
    tags: changes.tags === undefined ? current.tags : cleanTags(changes.tags),
    language: changes.language ?? current.language,
    seoTitle: changes.seoTitle ?? current.seoTitle,
    seoDescription: changes.seoDescription ?? current.seoDescription,
    leadImage: changes.leadImage === undefined ? current.leadImage : changes.leadImage,
    body: changes.body ?? current.body,
    wordCount: changes.body === undefined ? current.wordCount : wordCount(changes.body),
  };
  return { ...next, ...resolveSlug(db, current, next, changes) };
}
