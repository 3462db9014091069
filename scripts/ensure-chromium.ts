// Before the browser specs (`npm run test:e2e`, and so `npm test`): when this machine has no Chromium
// or Chrome of its own (tests/findChromium.ts), installs Playwright's Chromium (a download, once),
// and stops with a plain message when it cannot.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findChromium } from '../tests/findChromium';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const found = findChromium();
if (found !== null && 'error' in found) fail(found.error);
if (found === null) {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  console.log('No Chromium or Chrome on this machine: using Playwright\'s own (npx playwright install chromium).');
  const install = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) {
    fail(
      [
        'The browser specs need Chromium, and Playwright\'s could not be installed (no network?). Either:',
        '  - install Chromium or Google Chrome (Debian/Ubuntu: sudo apt-get install chromium), or',
        '  - set CHROMIUM_PATH to a Chromium or Chrome executable, or',
        '  - run `npx playwright install chromium` once where the network allows.',
      ].join('\n'),
    );
  }
}
