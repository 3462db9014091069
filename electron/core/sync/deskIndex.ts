import type * as Y from 'yjs';
import { LOCAL_WRITE, openDoc, type Desk } from './desk';

/** The desk index document: every draft id on the desk, so new drafts reach other laptops unopened. */
export const DESK_INDEX = 'desk';

/** The index's map of draft id to the time the draft was created. */
export function indexedDrafts(doc: Y.Doc): Y.Map<string> {
  return doc.getMap('drafts');
}

/** Lists a draft on the desk (no change when it is listed already). */
export function listOnDesk(desk: Desk, id: string, createdAt: string): void {
  const drafts = indexedDrafts(openDoc(desk, DESK_INDEX));
  if (!drafts.has(id)) drafts.doc?.transact(() => drafts.set(id, createdAt), LOCAL_WRITE);
}

/** Takes a draft off the desk (deleted for good). */
export function unlistFromDesk(desk: Desk, id: string): void {
  const drafts = indexedDrafts(openDoc(desk, DESK_INDEX));
  if (drafts.has(id)) drafts.doc?.transact(() => drafts.delete(id), LOCAL_WRITE);
}

/** Every draft id the desk index lists. */
export function deskDraftIds(desk: Desk): string[] {
  return [...indexedDrafts(openDoc(desk, DESK_INDEX)).keys()];
}
