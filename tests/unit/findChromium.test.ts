import { describe, expect, it } from 'vitest';
import { findChromium } from '../findChromium';

function on(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}) {
  return findChromium({ platform, env, exists: (file) => files.includes(file) });
}

describe('the browser the Playwright specs use', () => {
  it('takes CHROMIUM_PATH first, and says so plainly when it names nothing', () => {
    expect(on('linux', ['/opt/chrome/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome/chrome' })).toEqual({ path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' });
    expect(on('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/none' })).toEqual({ error: expect.stringMatching(/^CHROMIUM_PATH is \/opt\/none, but there is no browser there/) });
  });

  it('finds Debian\'s Chromium, then Ubuntu\'s and Google Chrome on Linux', () => {
    expect(on('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome'])).toEqual({ path: '/usr/bin/chromium', from: 'system' });
    expect(on('linux', ['/usr/bin/chromium-browser'])).toEqual({ path: '/usr/bin/chromium-browser', from: 'system' });
    expect(on('linux', ['/usr/bin/google-chrome-stable'])).toEqual({ path: '/usr/bin/google-chrome-stable', from: 'system' });
  });

  it('finds Chrome where macOS and Windows install it', () => {
    expect(on('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])).toMatchObject({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(on('win32', [chrome], { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' })).toEqual({ path: chrome, from: 'system' });
  });

  it('leaves the choice to Playwright (its own Chromium) on a machine with none', () => {
    expect(on('linux', [])).toBeNull();
    expect(on('darwin', ['/usr/bin/chromium'])).toBeNull();
    expect(on('win32', [], {})).toBeNull();
  });
});
