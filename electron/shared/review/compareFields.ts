import { diffWords } from 'diff';
import type { ArticleFields } from '../model/draft';
import { comparedFields, type ComparedField, type DiffPart, type FieldChange } from '../model/review';

function fieldText(fields: ArticleFields, field: ComparedField): string {
  const value = fields[field];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A word diff of two texts, as kept, added and removed runs. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, kind: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

/** The fields whose values differ, each with a word diff, in the editor's order. */
export function compareFields(before: ArticleFields, after: ArticleFields): FieldChange[] {
  return comparedFields.flatMap((field) => {
    const old = fieldText(before, field);
    const now = fieldText(after, field);
    return old === now ? [] : [{ kind: 'field' as const, field, before: old, after: now, parts: wordDiff(old, now) }];
  });
}
