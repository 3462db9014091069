import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import { articleFieldsOf } from '../../shared/model/articleFieldsOf';
import type { Draft } from '../../shared/model/draft';
import type { CompareSide, ComparedVersion, Comparison } from '../../shared/model/review';
import { compareArticles } from '../../shared/review/compareArticles';
import { revisionLabel } from '../../shared/review/revisionLabel';
import { statement } from '../db/statement';
import { requireDraft } from '../drafts/getDraft';
import { getRevision } from '../revisions/getRevision';

/** Which two states to compare; each defaults as `newsdesk diff` documents. */
export type CompareRequest = { draftId: string; from?: CompareSide; to?: CompareSide };

type ContentRow = { id: number; fields: string; body: string };

const selectContents = statement<[string, number], ContentRow>('SELECT id, fields, body FROM revisions WHERE draft_id = ? AND id < ? ORDER BY id DESC');

function currentVersion(draft: Draft): ComparedVersion {
  return { revisionId: null, label: 'Current text', createdAt: draft.updatedAt, fields: articleFieldsOf(draft), body: draft.body };
}

function revisionVersion(db: Database, draftId: string, revisionId: number): ComparedVersion {
  const revision = getRevision(db, revisionId);
  if (revision.draftId !== draftId) throw new AppError('not_found', `Revision ${revisionId} belongs to another draft.`);
  return { revisionId: revision.id, label: revisionLabel(revision), createdAt: revision.createdAt, fields: revision.fields, body: revision.body };
}

function versionFor(db: Database, draft: Draft, side: CompareSide): ComparedVersion {
  return 'current' in side ? currentVersion(draft) : revisionVersion(db, draft.id, side.revisionId);
}

/** The newest revision older than `to` whose content differs from it (else the oldest): "what changed last". */
function previousVersion(db: Database, draft: Draft, to: ComparedVersion): ComparedVersion {
  const fields = JSON.stringify(to.fields);
  const body = JSON.stringify(to.body);
  const rows = selectContents(db).all(draft.id, to.revisionId ?? Number.MAX_SAFE_INTEGER);
  const differing = rows.find((row) => row.fields !== fields || row.body !== body) ?? rows.at(-1);
  if (differing === undefined) throw new AppError('not_found', 'This draft has no earlier version to compare with yet.');
  return revisionVersion(db, draft.id, differing.id);
}

/**
 * Compares two states of a draft: revisions by id, or the current text. By default `to` is the
 * current text and `from` the newest earlier revision that differs from it.
 */
export function compareDraft(db: Database, request: CompareRequest): Comparison {
  const draft = requireDraft(db, request.draftId);
  const to = versionFor(db, draft, request.to ?? { current: true });
  const from = request.from ? versionFor(db, draft, request.from) : previousVersion(db, draft, to);
  return { draftId: draft.id, from, to, changes: compareArticles(from, to) };
}
