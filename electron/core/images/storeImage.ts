import type { Database } from 'better-sqlite3';
import type { ImageInfo } from '../../shared/model/image';
import { statement } from '../db/statement';
import { getImageInfo } from './getImage';
import { checkImageBytes, imageIdOf, prepareImage, type PreparedImage } from './prepareImage';

const insertImage = statement<[string, string, number, number, number, string, string, string, string]>(
  'INSERT OR IGNORE INTO images (id, format, width, height, source_bytes, caption, credit, removed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertFile = statement<[string, number, number, string, Uint8Array]>(
  'INSERT OR IGNORE INTO image_files (image_id, width, height, format, bytes) VALUES (?, ?, ?, ?, ?)',
);

/** Writes a prepared picture and its copies in one transaction; one already stored stays as it is. */
export function writeImage(db: Database, image: PreparedImage, time: string): void {
  db.transaction(() => {
    insertImage(db).run(image.id, image.format, image.width, image.height, image.sourceBytes, image.caption, image.credit, JSON.stringify(image.removed), time);
    for (const copy of image.copies) insertFile(db).run(image.id, copy.width, copy.height, copy.format, copy.bytes);
  }).immediate();
}

/**
 * Stores a picture by the hash of its bytes and returns what the page needs: the same file twice is
 * stored once (and not decoded again). The copies are made off the event loop (prepareImage); the
 * write is one transaction, so a picture is there with all its copies or not at all.
 */
export async function storeImage(db: Database, name: string, bytes: Uint8Array, now: Date): Promise<ImageInfo> {
  checkImageBytes(name, bytes);
  const existing = getImageInfo(db, imageIdOf(bytes));
  if (existing !== null) return existing;
  const prepared = await prepareImage(name, bytes);
  writeImage(db, prepared, now.toISOString());
  const stored = getImageInfo(db, prepared.id);
  if (stored === null) throw new Error(`image ${prepared.id} was not stored`);
  return stored;
}
