import type { ComparedField } from '../../shared/model/review';
import { comparedFields } from '../../shared/model/review';

const columns: Record<ComparedField, string> = {
  kicker: 'kicker',
  headline: 'headline',
  dek: 'dek',
  authorName: 'author_name',
  authorBio: 'author_bio',
  dateline: 'dateline',
  section: 'section',
  tags: 'json(drafts.tags)',
  language: 'language',
  seoTitle: 'seo_title',
  seoDescription: 'seo_description',
  slug: 'slug',
};

const fieldChanged = comparedFields
  .map((field) => `json_extract(v.fields, '$.${field}') IS NOT ${field === 'tags' ? columns[field] : `drafts.${columns[field]}`}`)
  .join(' OR ');

/**
 * SQL true when the person bound as @person reviewed the row of `drafts` and its fields or body
 * differ from the revision they reviewed (a status change alone is not a change).
 */
export const changedSinceReviewSql = `EXISTS (SELECT 1 FROM reviews r JOIN revisions v ON v.id = r.revision_id
  WHERE r.draft_id = drafts.id AND r.person = @person AND (v.body IS NOT drafts.body OR ${fieldChanged}))`;

/** SQL true for drafts @person should look at: in review and not yet reviewed by them, or changed since they did. */
export const needsReviewSql = `((drafts.status = 'in_review' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.draft_id = drafts.id AND r.person = @person)) OR ${changedSinceReviewSql})`;

/** SQL true for drafts assigned to @person. */
export const assignedToPersonSql = 'EXISTS (SELECT 1 FROM draft_assignments a WHERE a.draft_id = drafts.id AND a.person = @person)';
