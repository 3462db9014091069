import type { Database } from 'better-sqlite3';
import type * as Y from 'yjs';
import { z } from 'zod';
import { RevisionReason } from '../../shared/model/draft';
import { statement } from '../db/statement';
import type { RevisionRow } from '../revisions/revisionRow';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A revision as every laptop keeps it in the draft's document, keyed by its uid. */
const SharedRevision = z.object({
  createdAt: z.string(),
  label: z.string().nullable(),
  reason: RevisionReason,
  version: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  headline: z.string(),
  fields: z.string().refine(isJson),
  body: z.string().refine(isJson),
  author: z.string().nullable(),
});
type SharedRevision = z.infer<typeof SharedRevision>;

const selectUids = statement<[string], string>('SELECT uid FROM revisions WHERE draft_id = ? AND uid IS NOT NULL');
const selectRows = statement<[string], RevisionRow>(
  'SELECT id, draft_id, created_at, label, reason, version, word_count, headline, fields, body, uid, author FROM revisions WHERE draft_id = ? ORDER BY id',
);
const insertShared = statement<[Omit<RevisionRow, 'id'>]>(
  `INSERT OR IGNORE INTO revisions (draft_id, created_at, label, reason, version, word_count, headline, fields, body, uid, author)
   VALUES (@draft_id, @created_at, @label, @reason, @version, @word_count, @headline, @fields, @body, @uid, @author)`,
);

/** The draft document's map of shared revisions. */
export function revisionsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('revisions');
}

function toShared(row: Omit<RevisionRow, 'id'>): SharedRevision {
  return {
    createdAt: row.created_at, label: row.label, reason: RevisionReason.catch('auto').parse(row.reason), version: row.version, wordCount: row.word_count,
    headline: row.headline, fields: row.fields, body: row.body, author: row.author,
  };
}

/** Puts a revision row into the draft's document, so every laptop with the draft lists it. */
export function shareRevisionRow(doc: Y.Doc, row: Omit<RevisionRow, 'id'>): void {
  if (row.uid === null) return;
  const revisions = revisionsOf(doc);
  if (!revisions.has(row.uid)) revisions.set(row.uid, toShared(row));
}

/** Puts every revision a draft had before sync into its document (the first time it is built). */
export function shareExistingRevisions(db: Database, doc: Y.Doc, draftId: string): void {
  for (const row of selectRows(db).all(draftId)) shareRevisionRow(doc, row);
}

/** Stores the revisions another laptop kept that this one does not have yet. */
export function importSharedRevisions(db: Database, doc: Y.Doc, draftId: string): void {
  const known = new Set(selectUids(db).pluck().all(draftId));
  for (const [uid, value] of revisionsOf(doc).entries()) {
    if (known.has(uid)) continue;
    const shared = SharedRevision.safeParse(value);
    if (!shared.success) continue;
    const revision = shared.data;
    insertShared(db).run({
      draft_id: draftId, created_at: revision.createdAt, label: revision.label, reason: revision.reason, version: revision.version,
      word_count: revision.wordCount, headline: revision.headline, fields: revision.fields, body: revision.body, uid, author: revision.author,
    });
  }
}
