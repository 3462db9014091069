import type { Draft } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { draftColumns, draftToRow, type DraftRow } from '../drafts/draftRow';
import { getDraft } from '../drafts/getDraft';
import { isSameContent } from '../drafts/isSameContent';
import { recordStatus } from '../drafts/recordStatus';
import { slugFollowingHeadline, uniqueSlug } from '../drafts/uniqueSlug';
import { autoRevisionIfDue } from '../revisions/autoRevisionIfDue';
import { createRevision } from '../revisions/createRevision';
import type { Desk } from './desk';
import { draftDocName, fieldsOf, readDraftFromDoc } from './draftDoc';
import type * as Y from 'yjs';

const insertSql = `INSERT INTO drafts (${draftColumns.join(', ')}) VALUES (${draftColumns.map((column) => `@${column}`).join(', ')})`;
const updatable = draftColumns.filter((column) => column !== 'id' && column !== 'created_at');
const updateSql = `UPDATE drafts SET ${updatable.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`;
const insertRow = statement<[DraftRow]>(insertSql);
const updateRow = statement<[DraftRow]>(updateSql);

/** The row's slug, unique on this laptop: one set by hand (or its first free `slug-2`), else the headline's. */
function localSlug(desk: Desk, draft: Draft, current: Draft | null): string {
  if (draft.slugLocked && draft.slug !== '') return uniqueSlug(desk.db, draft.slug, draft.id);
  return slugFollowingHeadline(desk.db, draft.id, draft.headline, draft.language, current?.slug ?? '');
}

/** Whether two rows hold the same draft, whatever their versions: column by column, as SQLite would store them. */
function sameRow(a: DraftRow, b: DraftRow): boolean {
  return draftColumns.every((column) => column === 'version' || a[column] === b[column]);
}

function keepLocalBeforeMerge(desk: Desk, current: Draft, derived: Draft, fromPage: boolean): void {
  const now = desk.now();
  // The page's own typing is not a merge: only an update from elsewhere can replace what this laptop wrote.
  const offlineEdits = !fromPage && desk.hasUnsyncedEdits(draftDocName(current.id));
  if (offlineEdits && !isSameContent(current, derived)) {
    createRevision(desk.db, current, 'conflict', 'Before merging edits from the newsroom', now);
    return;
  }
  autoRevisionIfDue(desk.db, current, now);
}

/**
 * Writes the derived row (fields, body JSON, search text) of a draft from its document, after an update from
 * elsewhere: a new draft from another laptop is inserted, a changed one gets the next version. The slug stays
 * unique on this laptop. When this laptop had edits the server had not seen, its version is kept as a revision
 * first, so a field another laptop replaced stays reachable. Returns the row's draft, or null while the document
 * has no fields yet. `fromPage` is set for the open page's own edits.
 */
export function deriveDraftRow(desk: Desk, id: string, doc: Y.Doc, fromPage = false): Draft | null {
  const current = getDraft(desk.db, id);
  const read = readDraftFromDoc(doc, id, current === null ? 1 : current.version + 1);
  if (read === null) return current;
  // A document written before the lead image travelled has no such field: keep the laptop's own.
  const leadImage = fieldsOf(doc).has('leadImage') ? read.leadImage : (current?.leadImage ?? null);
  // The page's own edit was made now; the document's edit time is written at most once a second (liveDrafts).
  const edited = fromPage ? { updatedAt: desk.now().toISOString() } : {};
  const derived: Draft = { ...read, leadImage, slug: localSlug(desk, read, current), ...edited };
  // Made once: the body's JSON and text are most of a long draft's row, and the open page saves twice a second.
  const row = draftToRow(derived);
  if (current === null) {
    insertRow(desk.db).run(row);
    recordStatus(desk.db, id, derived.status, derived.createdAt);
    return derived;
  }
  if (sameRow(draftToRow(current), row)) return current;
  keepLocalBeforeMerge(desk, current, derived, fromPage);
  updateRow(desk.db).run(row);
  if (current.status !== derived.status) recordStatus(desk.db, id, derived.status, derived.updatedAt);
  return derived;
}
