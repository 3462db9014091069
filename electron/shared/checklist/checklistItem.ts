import { z } from 'zod';

/** Article fields the checklist can point at; the editor focuses the matching input. */
export const checklistFields = [
  'kicker',
  'headline',
  'dek',
  'authorName',
  'authorBio',
  'dateline',
  'section',
  'tags',
  'slug',
  'seoTitle',
  'seoDescription',
  'leadImage',
] as const;
export type ChecklistField = (typeof checklistFields)[number];

/** Where a problem is: an article field, or a top-level block of the body (0-based). */
export const ChecklistLocation = z.union([
  z.object({ field: z.enum(checklistFields) }).strict(),
  z.object({ blockIndex: z.number().int().min(0) }).strict(),
]);
export type ChecklistLocation = z.infer<typeof ChecklistLocation>;

/** One finding of the pre-publish checklist. Errors stop the export; warnings do not. */
export const ChecklistItem = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    location: ChecklistLocation,
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Describes where an item is, in words, for the command line and for logs. */
export function describeLocation(location: ChecklistLocation): string {
  if ('field' in location) return `field ${location.field}`;
  return `body block ${location.blockIndex + 1}`;
}
