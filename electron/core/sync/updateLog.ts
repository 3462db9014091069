import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { statement } from '../db/statement';

/** Updates kept for one document before they are merged into one. */
export const COMPACT_AFTER_UPDATES = 200;

const insertUpdate = statement<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
const selectUpdates = statement<[string], Buffer>('SELECT data FROM doc_updates WHERE doc = ? ORDER BY id');
const countUpdates = statement<[string], number>('SELECT count(*) FROM doc_updates WHERE doc = ?');
const deleteUpdates = statement<[string]>('DELETE FROM doc_updates WHERE doc = ?');

/** Appends one Yjs update to a document's log. */
export function appendUpdate(db: Database, doc: string, update: Uint8Array): void {
  insertUpdate(db).run(doc, update);
}

/** A document's whole log as one update, or null when it has none. */
export function loadUpdate(db: Database, doc: string): Uint8Array | null {
  const rows = selectUpdates(db).pluck().all(doc);
  if (rows.length === 0) return null;
  return rows.length === 1 ? new Uint8Array(rows[0] ?? []) : Y.mergeUpdates(rows.map((row) => new Uint8Array(row)));
}

/** Replaces a document's log by one merged update once it is long; returns whether it did. */
export function compactIfLong(db: Database, doc: string): boolean {
  if ((countUpdates(db).pluck().get(doc) ?? 0) < COMPACT_AFTER_UPDATES) return false;
  db.transaction(() => {
    const merged = loadUpdate(db, doc);
    deleteUpdates(db).run(doc);
    if (merged !== null) insertUpdate(db).run(doc, merged);
  })();
  return true;
}

/** Forgets a document's log (a draft deleted for good). */
export function dropUpdates(db: Database, doc: string): void {
  deleteUpdates(db).run(doc);
}
