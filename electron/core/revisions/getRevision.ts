import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Revision } from '../../shared/model/draft';
import { statement } from '../db/statement';
import { revisionColumns, rowToRevision, type RevisionRow } from './revisionRow';

const selectRevision = statement<[number], RevisionRow>(`SELECT ${revisionColumns} FROM revisions WHERE id = ?`);

/** One revision with its fields and body, or AppError('not_found'). */
export function getRevision(db: Database, id: number): Revision {
  const row = selectRevision(db).get(id);
  if (row === undefined) throw new AppError('not_found', 'That revision does not exist.');
  return rowToRevision(row);
}
