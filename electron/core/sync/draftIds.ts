import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';

const selectIds = statement<[], { id: string; createdAt: string }>('SELECT id, created_at AS createdAt FROM drafts ORDER BY seq');

/** Every draft on this laptop (trashed too), for listing them on the desk when sync starts. */
export function getDraftIds(db: Database): { id: string; createdAt: string }[] {
  return selectIds(db).all();
}
