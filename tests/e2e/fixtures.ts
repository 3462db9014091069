import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, type LaunchedApp, type LaunchOptions } from './harness';

type Fixtures = {
  /** A fresh database path in its own temporary folder, removed after the test. */
  dbPath: string;
  /** Launches the app on `dbPath` (again = a reopened app); all still open are closed after the test. */
  launch: (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>;
};

/** Playwright's test with a temporary database per test and a screenshot of every open app on failure. */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  dbPath: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-e2e-'));
    await use(join(folder, 'newsdesk.sqlite'));
    await rm(folder, { recursive: true, force: true });
  },
  launch: async ({ dbPath }, use, testInfo) => {
    const apps: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ dbPath, ...options });
      apps.push(app);
      return app;
    });
    for (const [index, app] of apps.entries()) {
      if (testInfo.status !== testInfo.expectedStatus && !app.page.isClosed()) {
        const screenshot = await app.page.screenshot({ fullPage: true }).catch(() => null);
        if (screenshot) await testInfo.attach(`failure-app-${index + 1}.png`, { body: screenshot, contentType: 'image/png' });
      }
      await app.close();
    }
  },
});

export { expect } from '@playwright/test';
