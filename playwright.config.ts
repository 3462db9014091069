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
  // A spec that passes only on a second try is a race, not a pass: no retries, on CI either.
  retries: 0,
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
