import * as Y from 'yjs';
import type { LiveEvent } from '../../shared/contract/live';
import { AppError } from '../../shared/contract/result';
import { base64ToBytes, bytesToBase64 } from '../../shared/sync/base64';
import { requireDraft, requireDraftSlug } from '../drafts/getDraft';
import { closeDoc, LOCAL_WRITE, openDoc, PAGE_FOLLOW_UP, PAGE_WRITE, type Desk } from './desk';
import { draftDocName, draftIdOf, fieldsOf } from './draftDoc';
import { createLivePresence } from './livePresence';
import type { SyncControl } from './syncControl';

/** The open page's link to the engine's documents: its Yjs updates in, everyone else's out. */
export type LiveDrafts = {
  /** The draft's document state for the page; from now on, updates from elsewhere and presence come as events. */
  open: (draftId: string) => { state: string; people: string[]; slug: string };
  /** Applies, stores and syncs the page's update, and derives the draft's row; throws what went wrong. */
  push: (draftId: string, update: string) => { slug: string };
  close: (draftId: string) => void;
  /** Calls back for each event the page must hear; returns an unsubscribe function. */
  onEvent: (listener: (event: LiveEvent) => void) => () => void;
  stop: () => void;
};

/** The library hears at most this often that drafts came from elsewhere: a burst of updates is one reload. */
export const LIBRARY_EVENT_MS = 300;

/** How stale the document's edit time may get while someone types, so typing does not write it with every key. */
const EDIT_TIME_STEP_MS = 1000;

function readUpdate(text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(text);
    Y.decodeUpdate(bytes);
  } catch {
    throw new AppError('invalid_input', 'This change from the editor could not be read, so it was not saved. Your text is still in the window.');
  }
  return bytes;
}

/**
 * Links the page to the desk: the open draft's document is the engine's, the one stored and synced, and the
 * page holds a copy it keeps in step through `push` and the events.
 */
export function createLiveDrafts(desk: Desk, sync: SyncControl): LiveDrafts {
  const listeners = new Set<(event: LiveEvent) => void>();
  const emit = (event: LiveEvent) => {
    for (const listener of listeners) listener(event);
  };
  const presence = createLivePresence(desk, sync, (name, people) => {
    const draftId = draftIdOf(name);
    if (draftId !== null) emit({ kind: 'people', draftId, people });
  });
  let libraryTimer: ReturnType<typeof setTimeout> | null = null;
  const tellLibrary = () => {
    libraryTimer ??= setTimeout(() => {
      libraryTimer = null;
      emit({ kind: 'library' });
    }, LIBRARY_EVENT_MS);
  };
  const forward = (name: string, update: Uint8Array, origin: unknown) => {
    const draftId = draftIdOf(name);
    if (draftId !== null && origin !== PAGE_WRITE && origin !== PAGE_FOLLOW_UP && origin !== LOCAL_WRITE) tellLibrary();
    if (origin === PAGE_WRITE || draftId === null || !desk.openInPage.has(name)) return;
    emit({ kind: 'update', draftId, update: bytesToBase64(update) });
  };
  desk.listeners.add(forward);
  // Counted: a screen that closes the draft just after another opened it (React remounting) must not end its events.
  const opens = new Map<string, number>();

  // Its own Yjs transaction: one that applied an update is not local, and a local change inside it would make
  // Yjs take a new client id. Sent to the page like any change it did not make. Only the edit time: the slug is
  // the person's key (a slug the engine wrote could win over one typed at the same moment); a slug that follows
  // the headline is the row's, derived at each save.
  const followUp = (doc: Y.Doc) => {
    const fields = fieldsOf(doc);
    const now = desk.now();
    const edited = fields.get('updatedAt');
    if (typeof edited === 'string' && now.getTime() - Date.parse(edited) < EDIT_TIME_STEP_MS) return;
    doc.transact(() => fields.set('updatedAt', now.toISOString()), PAGE_FOLLOW_UP);
  };

  return {
    open(draftId) {
      const draft = requireDraft(desk.db, draftId);
      const name = draftDocName(draftId);
      const doc = openDoc(desk, name);
      opens.set(name, (opens.get(name) ?? 0) + 1);
      desk.openInPage.add(name);
      presence.refresh();
      return { state: bytesToBase64(Y.encodeStateAsUpdate(doc)), people: presence.people(name), slug: draft.slug };
    },
    push(draftId, text) {
      const update = readUpdate(text);
      requireDraftSlug(desk.db, draftId);
      const name = draftDocName(draftId);
      const doc = openDoc(desk, name);
      try {
        desk.db.transaction(() => {
          let changed = false;
          doc.transact((transaction) => {
            Y.applyUpdate(doc, update);
            changed = transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0;
          }, PAGE_WRITE);
          if (changed) followUp(doc);
        })();
      } catch (error) {
        // Not stored: the next open reads the log again, and the page sends this update again.
        closeDoc(desk, name);
        throw error;
      }
      return { slug: requireDraftSlug(desk.db, draftId) };
    },
    close(draftId) {
      const name = draftDocName(draftId);
      const left = (opens.get(name) ?? 0) - 1;
      if (left > 0) {
        opens.set(name, left);
        return;
      }
      opens.delete(name);
      desk.openInPage.delete(name);
      presence.refresh();
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      if (libraryTimer !== null) clearTimeout(libraryTimer);
      presence.stop();
      desk.listeners.delete(forward);
      listeners.clear();
    },
  };
}
