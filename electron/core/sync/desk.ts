import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { appendUpdate, compactIfLong, loadUpdate } from './updateLog';
import type { DeskRole } from '../../shared/sync/deskProtocol';

/** Origin of changes the engine's own repositories make: their caller writes the derived row. */
export const LOCAL_WRITE = Symbol('local-write');
/** Origin of the open page's own changes: stored and derived like an update from elsewhere, but a failure is thrown to the page. */
export const PAGE_WRITE = Symbol('page-write');
/** Origin of what the engine adds to the page's change (the slug following the headline, the time of the edit). */
export const PAGE_FOLLOW_UP = Symbol('page-follow-up');
/** Origin of the log replayed into a document when it is opened. */
const LOADED = Symbol('loaded');

/** Told of every update to a desk document, after it is stored. */
export type DeskListener = (name: string, update: Uint8Array, origin: unknown) => void;

/** Runs when an opened document has an empty log: builds it from what the laptop had before sync. */
export type DocSeeder = (desk: Desk, name: string, doc: Y.Doc) => void;

/** Runs (inside the storing transaction) when an update from elsewhere changed a document. */
export type DocReaction = (desk: Desk, name: string, doc: Y.Doc, origin: unknown) => void;

/**
 * The desk on one laptop: every draft's Yjs document (and the desk index), loaded on demand from the update
 * log, and who wants to hear about updates (the sync client, the open page).
 */
export type Desk = {
  db: Database;
  now: () => Date;
  docs: Map<string, Y.Doc>;
  listeners: Set<DeskListener>;
  seeders: DocSeeder[];
  reactions: DocReaction[];
  /** Whether this laptop has edits to a document the server has not confirmed yet (set by the sync client). */
  hasUnsyncedEdits: (name: string) => boolean;
  /** The person named by the server for this laptop's token, for revisions; null with no server. */
  person: () => string | null;
  /** That person's role on the desk (a viewer reads only); null with no server. */
  role: () => DeskRole | null;
  /** Unexpected errors while storing an update from elsewhere, for the log. */
  report: (error: unknown, where: string) => void;
  /** Documents that must stay in memory (a provider holds them); others may be dropped when many are open. */
  isHeld: (name: string) => boolean;
  /** Documents open in the page, which stay in memory too. */
  openInPage: Set<string>;
};

/** Documents kept in memory when nothing holds them; the oldest beyond this are dropped (their log stays). */
const UNHELD_DOCS_KEPT = 64;

const desks = new WeakMap<Database, Desk>();

/** The desk of a database, made on first use (so every repository path records into it). */
export function deskOf(db: Database): Desk {
  let desk = desks.get(db);
  if (desk === undefined) {
    desk = {
      db,
      now: () => new Date(),
      docs: new Map(),
      listeners: new Set(),
      seeders: [],
      reactions: [],
      hasUnsyncedEdits: () => false,
      person: () => null,
      role: () => null,
      report: () => {},
      isHeld: () => false,
      openInPage: new Set(),
    };
    desks.set(db, desk);
  }
  return desk;
}

function storeUpdate(desk: Desk, name: string, doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  desk.db.transaction(() => {
    appendUpdate(desk.db, name, update);
    if (origin !== LOCAL_WRITE) for (const react of desk.reactions) react(desk, name, doc, origin);
  })();
  compactIfLong(desk.db, name);
}

function handleUpdate(desk: Desk, name: string, doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  if (origin === LOADED) return;
  if (origin === LOCAL_WRITE || origin === PAGE_WRITE || origin === PAGE_FOLLOW_UP) {
    // Inside the caller's transaction (a repository's save, the page's push): a failure must reach it.
    storeUpdate(desk, name, doc, update, origin);
  } else {
    try {
      storeUpdate(desk, name, doc, update, origin);
    } catch (error) {
      desk.report(error, `storing an update to ${name}`);
      desk.docs.delete(name);
      doc.destroy();
      return;
    }
  }
  for (const listener of desk.listeners) listener(name, update, origin);
}

/** A desk document, from memory or rebuilt from its log (seeded from the drafts table the first time). */
export function openDoc(desk: Desk, name: string): Y.Doc {
  const open = desk.docs.get(name);
  if (open !== undefined) {
    // Most recently used last, so the documents dropped first are the ones left longest.
    desk.docs.delete(name);
    desk.docs.set(name, open);
    return open;
  }
  const doc = new Y.Doc({ gc: true });
  const stored = loadUpdate(desk.db, name);
  if (stored !== null) Y.applyUpdate(doc, stored, LOADED);
  desk.docs.set(name, doc);
  doc.on('update', (update: Uint8Array, origin: unknown) => handleUpdate(desk, name, doc, update, origin));
  if (stored === null) for (const seed of desk.seeders) seed(desk, name, doc);
  dropUnheld(desk, name);
  return doc;
}

function dropUnheld(desk: Desk, opened: string): void {
  if (desk.docs.size <= UNHELD_DOCS_KEPT) return;
  for (const name of desk.docs.keys()) {
    if (desk.docs.size <= UNHELD_DOCS_KEPT) return;
    if (name !== opened && name !== 'desk' && !desk.isHeld(name) && !desk.openInPage.has(name)) closeDoc(desk, name);
  }
}

/** Applies an update from elsewhere (the server, the page) to a document; it is stored and its row derived. */
export function applyDeskUpdate(desk: Desk, name: string, update: Uint8Array, origin: unknown): void {
  Y.applyUpdate(openDoc(desk, name), update, origin);
}

/** Drops a document from memory (its log stays); the next open reads it again. */
export function closeDoc(desk: Desk, name: string): void {
  const doc = desk.docs.get(name);
  if (doc === undefined) return;
  desk.docs.delete(name);
  doc.destroy();
}
