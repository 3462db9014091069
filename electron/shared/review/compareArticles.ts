import type { ArticleFields, BodyJson } from '../model/draft';
import type { ArticleChange } from '../model/review';
import { compareBodies } from './compareBodies';
import { compareFields } from './compareFields';

/** One side of a comparison: the fields and the body. */
export type ArticleState = { fields: ArticleFields; body: BodyJson };

/**
 * Every change from one version of an article to another: changed fields with word diffs first,
 * then the body's words, formatting and cards in reading order. Pure, so the page, the engine and
 * the CLI count and show the same changes.
 */
export function compareArticles(before: ArticleState, after: ArticleState): ArticleChange[] {
  return [...compareFields(before.fields, after.fields), ...compareBodies(before.body, after.body)];
}
