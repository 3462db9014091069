import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { ImageBundle } from '../../shared/sync/imageBundle';
import { statement } from '../db/statement';
import { getImageInfo, readImageCopy } from './getImage';
import type { ImageRow } from './imageRow';
import { checkImageBytes, prepareImage } from './prepareImage';
import { writeImage } from './storeImage';

const selectImage = statement<[string], ImageRow>('SELECT id, format, width, height, source_bytes, caption, credit, removed, created_at FROM images WHERE id = ?');

/** A stored picture as it travels to the newsroom server: what the store knows of it and its full-size copy; null when it is not here. */
export function bundleOfStoredImage(db: Database, id: string): ImageBundle | null {
  const row = selectImage(db).get(id);
  const info = getImageInfo(db, id);
  const full = readImageCopy(db, id, Number.MAX_SAFE_INTEGER);
  if (row === undefined || info === null || full === null) return null;
  const bytes = new Uint8Array(full.bytes.buffer, full.bytes.byteOffset, full.bytes.byteLength);
  return {
    manifest: {
      id: info.id,
      format: info.format,
      sourceBytes: row.source_bytes,
      caption: info.caption,
      credit: info.credit,
      removed: info.removed,
      copy: { width: full.width, height: full.height, format: full.format, bytes: bytes.length },
    },
    bytes,
  };
}

const NAME = 'A picture from the newsroom';

/**
 * Stores a picture that came from the newsroom server under the id its drafts use. It is read and checked as
 * any picture a reporter brings in (type from the bytes, size limits, decodable), its smaller copies are made
 * here, and its full-size copy is kept as it came only when it carries no metadata; otherwise the copy made
 * here, without it, is kept. What the first laptop stripped and the photo's own caption come with it.
 */
export async function storeReceivedImage(db: Database, bundle: ImageBundle, now: Date): Promise<void> {
  const { manifest, bytes } = bundle;
  if (getImageInfo(db, manifest.id) !== null) return;
  if (checkImageBytes(NAME, bytes) !== manifest.copy.format) throw new AppError('unreadable_input', `${NAME} is not the format it names.`);
  const prepared = await prepareImage(NAME, bytes);
  if (prepared.width !== manifest.copy.width || prepared.height !== manifest.copy.height) {
    throw new AppError('unreadable_input', `${NAME} is not the size it names.`);
  }
  const clean = prepared.removed.length === 0;
  const copies = prepared.copies.map((copy, index) => (clean && index === prepared.copies.length - 1 ? { ...copy, bytes } : copy));
  writeImage(
    db,
    { ...prepared, id: manifest.id, format: manifest.format, sourceBytes: manifest.sourceBytes, caption: manifest.caption, credit: manifest.credit, removed: manifest.removed, copies },
    now.toISOString(),
  );
}
