import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { importTooLargeMessage, MAX_IMPORT_BYTES } from '../../shared/model/importSize';

/** A file's name and bytes, ready for `importDocument`. */
export type ImportSource = { name: string; bytes: Uint8Array };

/** Checks the size of an import before anything reads it. */
export function checkImportSize(name: string, size: number): void {
  if (size === 0) throw new AppError('unreadable_input', `${name} is empty.`);
  if (size > MAX_IMPORT_BYTES) throw new AppError('unreadable_input', importTooLargeMessage(name));
}

/** Reads a file to import; missing, unreadable, empty and oversized files are refused in one line. */
export async function readImportFile(path: string): Promise<ImportSource> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('unreadable_input', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable_input', `Cannot read ${path}: no such file, or no permission to read it.`);
  }
  checkImportSize(name, size);
  try {
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch {
    throw new AppError('unreadable_input', `Cannot read ${path}.`);
  }
}
