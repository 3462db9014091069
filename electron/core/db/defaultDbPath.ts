import { homedir } from 'node:os';
import path from 'node:path';

/** The parts of the environment that decide where Newsdesk keeps its data. */
export type PlatformInfo = { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; home: string };

/** The product name Electron uses for the user-data folder (package.json `productName`). */
export const PRODUCT_NAME = 'Newsdesk';

/** The database file name inside the user-data folder. */
export const DATABASE_FILE_NAME = 'newsdesk.sqlite';

function currentPlatform(): PlatformInfo {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * The folder Electron's `app.getPath('userData')` gives Newsdesk: `%APPDATA%\Newsdesk` on Windows,
 * `~/Library/Application Support/Newsdesk` on macOS, `$XDG_CONFIG_HOME/Newsdesk` (or `~/.config/Newsdesk`) elsewhere.
 */
export function userDataPath(info: PlatformInfo = currentPlatform()): string {
  if (info.platform === 'win32') {
    const appData = info.env.APPDATA || path.win32.join(info.home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (info.platform === 'darwin') {
    return path.posix.join(info.home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  const config = info.env.XDG_CONFIG_HOME || path.posix.join(info.home, '.config');
  return path.posix.join(config, PRODUCT_NAME);
}

/** Where the app keeps its database when nothing else is said: `<userData>/newsdesk.sqlite`. */
export function defaultDbPath(info: PlatformInfo = currentPlatform()): string {
  const paths = info.platform === 'win32' ? path.win32 : path.posix;
  return paths.join(userDataPath(info), DATABASE_FILE_NAME);
}
