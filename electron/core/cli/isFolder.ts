import { stat } from 'node:fs/promises';

/** True when the path names an existing folder (false for a file, a missing path or one that cannot be read). */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
