import type { Database } from 'better-sqlite3';
import { statement } from '../db/statement';

const selectAssignee = statement<[string], string>('SELECT person FROM draft_assignments WHERE draft_id = ?');
const upsertAssignment = statement<[string, string, string | null, string]>(
  `INSERT INTO draft_assignments (draft_id, person, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
   ON CONFLICT (draft_id) DO UPDATE SET person = excluded.person, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
);
const deleteAssignment = statement<[string]>('DELETE FROM draft_assignments WHERE draft_id = ?');

/** Who a draft is assigned to, or null. */
export function getAssignee(db: Database, draftId: string): string | null {
  return selectAssignee(db).pluck().get(draftId) ?? null;
}

/** Assigns a draft to a person (by someone, at a time), or clears the assignment with null. */
export function setAssignee(db: Database, draftId: string, person: string | null, by: string | null, time: string): void {
  if (person === null) deleteAssignment(db).run(draftId);
  else upsertAssignment(db).run(draftId, person, by, time);
}
