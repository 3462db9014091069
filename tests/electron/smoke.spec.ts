import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/** The Electron executable, or why it cannot run here. */
function electronBinary(): { path: string } | { missing: string } {
  let binary: unknown;
  try {
    binary = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { missing: `the electron package has no binary (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) return { missing: `no Electron binary at ${String(binary)}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { missing: 'no display (run under xvfb-run)' };
  return { path: binary };
}

const binary = electronBinary();
const skipReason = 'missing' in binary
  ? `Electron app tests skipped: ${binary.missing}. With ELECTRON_SKIP_BINARY_DOWNLOAD=1 the app cannot run here; the shell's logic is covered by tests/unit/shell.`
  : '';

/** Launches the built app with its own profile folder (and so its own database). */
async function launch(profile: string | undefined): Promise<{ app: ElectronApplication; window: Page }> {
  if (!('path' in binary) || !profile) throw new Error('unreachable: the test is skipped without a binary');
  const app = await electron.launch({
    executablePath: binary.path,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env: { ...process.env, NEWSDESK_USER_DATA: profile },
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    // The page listens for menu commands only once React has mounted the app: wait for the library.
    await expect(window.getByRole('button', { name: 'New draft', exact: true })).toBeVisible();
    return { app, window };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

const draftCount = (window: Page) => window.evaluate('window.newsdesk.drafts.list({}).then((result) => result.ok ? result.value.total : -1)');

test.describe('the Newsdesk app', () => {
  let profile: string | undefined;
  let running: { app: ElectronApplication; window: Page } | undefined;

  test.beforeAll(() => {
    if (skipReason) console.log(skipReason);
    test.skip(skipReason !== '', skipReason);
    execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.js')], { stdio: 'inherit' });
    execFileSync(process.execPath, [path.join(root, 'scripts/electron-native.js')], { stdio: 'inherit' });
    expect(fs.existsSync(path.join(root, 'dist/renderer/index.html')), 'the page is built (npm run build:renderer)').toBe(true);
  });

  test.beforeEach(() => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-electron-'));
  });

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from a destructured first parameter; this hook uses none
  test.afterEach(async ({}, testInfo) => {
    if (running && testInfo.status !== testInfo.expectedStatus) {
      await running.window.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined);
    }
    await running?.app.close();
    running = undefined;
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  test('opens its window from the app protocol with no Node and no raw IPC in the page', async () => {
    running = await launch(profile);
    const { window } = running;
    expect(window.url()).toMatch(/^app:\/\/newsdesk\//);
    await expect(window).toHaveTitle(/Newsdesk/);
    expect(await window.evaluate('typeof require')).toBe('undefined');
    expect(await window.evaluate('typeof process')).toBe('undefined');
    expect(await window.evaluate('Object.keys(window.newsdesk).sort().join(",")')).not.toMatch(/ipc|invoke|send/i);
  });

  test('creates a draft from File > New Draft and still has it after a restart', async () => {
    running = await launch(profile);
    expect(await draftCount(running.window)).toBe(0);
    await running.app.evaluate(({ Menu }) => {
      Menu.getApplicationMenu()?.getMenuItemById('new-draft')?.click();
    });
    const window = running.window;
    await expect.poll(() => draftCount(window)).toBe(1);
    await running.app.close();
    running = await launch(profile);
    expect(await draftCount(running.window)).toBe(1);
  });

  test('stores a draft created through window.newsdesk', async () => {
    running = await launch(profile);
    const created = await running.window.evaluate(`window.newsdesk.drafts.create({ changes: { headline: 'Storm hits coast' } })`);
    expect(created).toMatchObject({ ok: true, value: { headline: 'Storm hits coast', status: 'draft' } });
  });
});
