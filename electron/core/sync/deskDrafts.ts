import type { Database } from 'better-sqlite3';
import type * as Y from 'yjs';
import type { Draft } from '../../shared/model/draft';
import { getDraft } from '../drafts/getDraft';
import { closeDoc, deskOf, LOCAL_WRITE, openDoc, PAGE_FOLLOW_UP, PAGE_WRITE, type Desk } from './desk';
import { listOnDesk, unlistFromDesk } from './deskIndex';
import { deriveDraftRow } from './deriveDraftRow';
import { draftDocName, draftIdOf, writeDraftToDoc } from './draftDoc';
import { importSharedRevisions, shareExistingRevisions, shareRevisionRow } from './sharedRevisions';
import { dropUpdates } from './updateLog';
import type { RevisionRow } from '../revisions/revisionRow';
import { followOpenThreadCount } from '../review/commentThreads';

/** Builds a draft's document the first time it is opened, from the row it had before sync (done once, by the engine). */
function seedFromRow(desk: Desk, name: string, doc: Y.Doc): void {
  const id = draftIdOf(name);
  if (id === null) return;
  const draft = getDraft(desk.db, id);
  if (draft === null) return;
  desk.db.transaction(() => {
    doc.transact(() => {
      writeDraftToDoc(doc, draft, LOCAL_WRITE);
      shareExistingRevisions(desk.db, doc, id);
    }, LOCAL_WRITE);
    listOnDesk(desk, id, draft.createdAt);
  })();
}

function reactToRemote(desk: Desk, name: string, doc: Y.Doc, origin: unknown): void {
  const id = draftIdOf(name);
  if (id === null) return;
  const draft = deriveDraftRow(desk, id, doc, origin === PAGE_WRITE || origin === PAGE_FOLLOW_UP);
  if (draft === null) return;
  importSharedRevisions(desk.db, doc, id);
  followOpenThreadCount(desk.db, id, doc);
  listOnDesk(desk, id, draft.createdAt);
}

/** The desk of a database, with drafts wired in: seeded from their rows, rows derived from remote updates. */
export function draftDesk(db: Database): Desk {
  const desk = deskOf(db);
  if (!desk.seeders.includes(seedFromRow)) {
    desk.seeders.push(seedFromRow);
    desk.reactions.push(reactToRemote);
  }
  return desk;
}

function withDoc(db: Database, id: string, write: (doc: Y.Doc, desk: Desk) => void): void {
  const desk = draftDesk(db);
  const name = draftDocName(id);
  const doc = openDoc(desk, name);
  try {
    doc.transact(() => write(doc, desk), LOCAL_WRITE);
  } catch (error) {
    // The save is rolled back: the document must not keep what the database did not.
    closeDoc(desk, name);
    throw error;
  }
}

/** Records a draft the engine just wrote (a save, a status, the trash) as a Yjs update, in the caller's transaction. */
export function recordDraft(db: Database, draft: Draft): void {
  withDoc(db, draft.id, (doc, desk) => {
    writeDraftToDoc(doc, draft, LOCAL_WRITE);
    listOnDesk(desk, draft.id, draft.createdAt);
  });
}

/** Records a revision the engine just kept into the draft's document, so other laptops list it. */
export function recordRevision(db: Database, row: Omit<RevisionRow, 'id'>): void {
  withDoc(db, row.draft_id, (doc) => shareRevisionRow(doc, row));
}

/** The person named by the server, who keeps revisions made on this laptop; null with no server. */
export function deskPerson(db: Database): string | null {
  return deskOf(db).person();
}

/** Forgets a draft deleted for good: its log, its document and its place on the desk. */
export function forgetDraft(db: Database, id: string): void {
  const desk = draftDesk(db);
  const name = draftDocName(id);
  closeDoc(desk, name);
  dropUpdates(db, name);
  unlistFromDesk(desk, id);
}

