import { copyFileSync } from 'node:fs';
import { assertSoundFile } from './assertSoundFile';
import { listBackups, type BackupFile } from './listBackups';

function isSound(backup: BackupFile, nativeBinding: string | undefined): boolean {
  try {
    assertSoundFile(backup.path, nativeBinding, Number.POSITIVE_INFINITY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the newest sound backup to `dbPath` (the backup itself stays where it is) and returns it,
 * or null when there is none to use.
 */
export function restoreLatestBackup(dbPath: string, nativeBinding?: string): BackupFile | null {
  for (const backup of listBackups(dbPath)) {
    if (!isSound(backup, nativeBinding)) continue;
    copyFileSync(backup.path, dbPath);
    return backup;
  }
  return null;
}
