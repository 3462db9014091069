import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/findChromium';

/** CHROMIUM_PATH, else the machine's Chromium or Chrome, else Playwright's own (installed by `pretest:e2e`). */
const chromium = findChromium();
if (chromium !== null && 'error' in chromium) throw new Error(chromium.error);

export default defineConfig({
  outputDir: 'test-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  // On CI a failed browser spec runs once more; one that passes then is still printed as "flaky",
  // so a race shows up in the log without a slow 2-core machine turning the whole run red.
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: 'list',
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(chromium === null ? {} : { executablePath: chromium.path }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      // The real app through Playwright's _electron; skips itself where the Electron binary is missing.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
