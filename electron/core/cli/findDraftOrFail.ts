import { AppError } from '../../shared/contract/result';
import type { Draft } from '../../shared/model/draft';
import { findDraft } from '../drafts/getDraft';
import type { Engine } from '../engine';

/** The draft an ID or slug names, or AppError('not_found') saying which was not found. */
export function findDraftOrFail(engine: Engine, idOrSlug: string): Draft {
  const draft = findDraft(engine.db, idOrSlug.trim());
  if (draft === null) throw new AppError('not_found', `no draft has the id or slug "${idOrSlug.slice(0, 80)}"`);
  return draft;
}
