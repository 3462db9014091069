import type { Database } from 'better-sqlite3';
import type { RevisionSummary } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { requireDraft } from '../drafts/getDraft';
import { revisionSummaryColumns, rowToRevisionSummary, type RevisionSummaryRow } from './revisionRow';

const selectSummaries = statement<[string], RevisionSummaryRow>(
  `SELECT ${revisionSummaryColumns} FROM revisions WHERE draft_id = ? ORDER BY id DESC`,
);

/** The revisions of a draft, newest first, without their content. */
export function listRevisions(db: Database, draftId: string): RevisionSummary[] {
  requireDraft(db, draftId);
  return selectSummaries(db).all(draftId).map(rowToRevisionSummary);
}
