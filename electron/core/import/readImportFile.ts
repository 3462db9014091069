import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { importTooLargeMessage, MAX_IMPORT_BYTES } from '../../shared/model/importSize';

/** A file's name and bytes, ready for `importDocument`; `folder` when it came from disk, for pictures named beside it. */
export type ImportSource = { name: string; bytes: Uint8Array; folder?: string };

/** Checks the size of an import before anything reads it. */
export function checkImportSize(name: string, size: number): void {
  if (size === 0) throw new AppError('unreadable_input', `${name} is empty.`);
  if (size > MAX_IMPORT_BYTES) throw new AppError('unreadable_input', importTooLargeMessage(name));
}

/** The size of a file about to be read; a missing, unreadable or not-a-file path is refused in one line. */
export async function sizeOfFile(path: string, shownAs = path): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('unreadable_input', `${shownAs} is not a file.`);
    return info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable_input', `Cannot read ${shownAs}: no such file, or no permission to read it.`);
  }
}

/** Reads a file to import; missing, unreadable, empty and oversized files are refused in one line. */
export async function readImportFile(path: string): Promise<ImportSource> {
  const name = basename(path);
  checkImportSize(name, await sizeOfFile(path));
  try {
    return { name, bytes: new Uint8Array(await readFile(path)), folder: dirname(path) };
  } catch {
    throw new AppError('unreadable_input', `Cannot read ${path}.`);
  }
}
