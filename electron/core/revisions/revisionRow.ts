import { AppError } from '../../shared/contract/result';
import { articleFieldsOf } from '../../shared/model/articleFieldsOf';
import { ArticleFields, BodyJson, RevisionReason, type Draft, type Revision, type RevisionSummary } from '../../shared/model/draft';

/** A row of the `revisions` table. */
export type RevisionRow = {
  id: number;
  draft_id: string;
  created_at: string;
  label: string | null;
  reason: string;
  version: number;
  word_count: number;
  headline: string;
  fields: string;
  body: string;
  /** Names the revision on every laptop that has the draft. */
  uid: string | null;
  /** Who kept it (the person a laptop syncs as); null on a laptop with no server. */
  author: string | null;
};

/** The columns a revision list needs (no content). */
export type RevisionSummaryRow = Omit<RevisionRow, 'fields' | 'body'>;

export const revisionSummaryColumns = 'id, draft_id, created_at, label, reason, version, word_count, headline, uid, author';
export const revisionColumns = `${revisionSummaryColumns}, fields, body`;

function parseJson(text: string, id: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('storage', `Revision ${id} could not be read from the database.`);
  }
}

/** A revision list entry from its row. */
export function rowToRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  const reason = RevisionReason.safeParse(row.reason);
  return {
    id: row.id,
    draftId: row.draft_id,
    createdAt: row.created_at,
    label: row.label,
    reason: reason.success ? reason.data : 'auto',
    version: row.version,
    wordCount: row.word_count,
    headline: row.headline,
    author: row.author,
  };
}

/** A revision with its content from its row. */
export function rowToRevision(row: RevisionRow): Revision {
  const fields = ArticleFields.safeParse(parseJson(row.fields, row.id));
  const body = BodyJson.safeParse(parseJson(row.body, row.id));
  if (!fields.success || !body.success) throw new AppError('storage', `Revision ${row.id} could not be read from the database.`);
  return { ...rowToRevisionSummary(row), fields: fields.data, body: body.data };
}


/** The row that keeps a snapshot of a draft. */
export function draftToRevisionRow(draft: Draft, reason: RevisionReason, label: string | null, createdAt: string): Omit<RevisionRow, 'id' | 'uid' | 'author'> {
  return {
    draft_id: draft.id,
    created_at: createdAt,
    label,
    reason,
    version: draft.version,
    word_count: draft.wordCount,
    headline: draft.headline,
    fields: JSON.stringify(articleFieldsOf(draft)),
    body: JSON.stringify(draft.body),
  };
}
