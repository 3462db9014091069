import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where to look, and how to tell a file is there (tests pass their own). */
export type ChromiumSearch = { env: NodeJS.ProcessEnv; platform: NodeJS.Platform; exists: (file: string) => boolean };

/** A Chromium or Chrome found on this machine, or why CHROMIUM_PATH cannot be used. */
export type FoundChromium = { path: string; from: 'CHROMIUM_PATH' | 'system' } | { error: string } | null;

function systemCandidates({ env, platform }: ChromiumSearch): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => typeof root === 'string' && root !== '');
    return roots.flatMap((root) => [path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'), path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/**
 * The browser the Playwright specs run in: CHROMIUM_PATH when set (an error when it names nothing),
 * else the first system Chromium or Chrome (Debian's /usr/bin/chromium, the others on Linux, the
 * usual places on macOS and Windows), else null: Playwright's own Chromium
 * (scripts/ensure-chromium.ts installs it before the specs when it is missing).
 */
export function findChromium(search: ChromiumSearch = { env: process.env, platform: process.platform, exists: existsSync }): FoundChromium {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    return search.exists(chosen) ? { path: chosen, from: 'CHROMIUM_PATH' } : { error: `CHROMIUM_PATH is ${chosen}, but there is no browser there; fix it or unset it to use Playwright's own Chromium.` };
  }
  const found = systemCandidates(search).find((candidate) => search.exists(candidate));
  return found === undefined ? null : { path: found, from: 'system' };
}
