import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { ImageInfo } from '../../shared/model/image';
import { statement } from '../db/statement';
import { rowToImageInfo, type ImageFileRow, type ImageRow } from './imageRow';

const selectImage = statement<[string], ImageRow>('SELECT id, format, width, height, source_bytes, caption, credit, removed, created_at FROM images WHERE id = ?');
const selectWidths = statement<[string], number>('SELECT width FROM image_files WHERE image_id = ? ORDER BY width');
const selectCopy = statement<[{ id: string; width: number }], ImageFileRow>(
  `SELECT width, height, format, bytes FROM image_files WHERE image_id = @id
   ORDER BY (width <= @width) DESC, CASE WHEN width <= @width THEN -width ELSE width END LIMIT 1`,
);
const selectCopySizes = statement<[string], Omit<ImageFileRow, 'bytes'>>('SELECT width, height, format FROM image_files WHERE image_id = ? ORDER BY width');

/** A stored image by id; null when there is none. */
export function getImageInfo(db: Database, id: string): ImageInfo | null {
  const row = selectImage(db).get(id);
  return row === undefined ? null : rowToImageInfo(row, selectWidths(db).pluck().all(id));
}

/** A stored image by id, or AppError('not_found'). */
export function requireImageInfo(db: Database, id: string): ImageInfo {
  const image = getImageInfo(db, id);
  if (image === null) throw new AppError('not_found', 'That picture is not in this Newsdesk’s store.');
  return image;
}

/** The copy of an image that is widest without passing `width` (else its smallest); null when the image is unknown. */
export function readImageCopy(db: Database, id: string, width: number): ImageFileRow | null {
  return selectCopy(db).get({ id, width }) ?? null;
}

/** The sizes and formats of every copy of an image, smallest first (no bytes). */
export function listImageCopies(db: Database, id: string): Omit<ImageFileRow, 'bytes'>[] {
  return selectCopySizes(db).all(id);
}
