import { defineConfig } from '@playwright/test';

/** Debian's Chromium by default; Playwright never downloads a browser of its own here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
          executablePath: chromiumPath,
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
