import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { imageLimits } from '../../shared/model/image';
import { sizeOfFile } from '../import/readImportFile';

/** The file types the open dialog offers for pictures. */
export const imageFileExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'];

/** Reads a picture file the reporter chose; missing, empty and oversized files are refused before reading. */
export async function readImageFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = basename(path);
  const size = await sizeOfFile(path, name);
  if (size === 0) throw new AppError('unreadable_input', `${name} is empty.`);
  if (size > imageLimits.bytes) {
    throw new AppError('unreadable_input', `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; a picture can be at most ${imageLimits.bytes / 1024 / 1024} MB.`);
  }
  try {
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch {
    throw new AppError('unreadable_input', `Cannot read ${name}.`);
  }
}
