import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { ExportedImageFile } from '../export/placeFigures';
import { writeFileAtomically } from '../publishing/writeFileAtomically';
import { readImageCopy } from './getImage';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the pictures an export uses into `images/` in `folder`, each atomically; a file already
 * there has the same bytes (the name is the content hash and width), so it is left as it is.
 * Returns the folder written to, or null when there was nothing to write.
 */
export async function writeExportImages(db: Database, files: readonly ExportedImageFile[], folder: string): Promise<string | null> {
  if (files.length === 0) return null;
  const imagesFolder = join(folder, 'images');
  try {
    await mkdir(imagesFolder, { recursive: true });
    for (const file of files) {
      const target = join(imagesFolder, file.fileName);
      if (await exists(target)) continue;
      const copy = readImageCopy(db, file.id, file.width);
      if (copy === null || copy.width !== file.width) throw new AppError('not_found', `The picture ${file.fileName} is no longer in the store.`);
      await writeFileAtomically(target, copy.bytes);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `Could not write the pictures to ${imagesFolder}; check you may write to that folder.`);
  }
  return imagesFolder;
}
