import { existsSync, renameSync } from 'node:fs';

/** Files SQLite keeps beside a database; they travel with it. */
const companions = ['-wal', '-shm', '-journal'];

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Renames a damaged database (and its -wal/-shm/-journal files) to `<file>.corrupt-<time>`,
 * never overwriting anything, and returns the new path. The bytes stay as they were.
 */
export function moveAside(filePath: string, now: Date): string {
  const base = `${filePath}.corrupt-${stamp(now)}`;
  let target = base;
  for (let attempt = 2; existsSync(target) || companions.some((suffix) => existsSync(target + suffix)); attempt += 1) {
    target = `${base}-${attempt}`;
  }
  renameSync(filePath, target);
  for (const suffix of companions) {
    if (existsSync(filePath + suffix)) renameSync(filePath + suffix, target + suffix);
  }
  return target;
}
