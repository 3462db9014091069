import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createFakeElectron } from './fakeElectron';

const root = path.resolve(import.meta.dirname, '../../..');

/** The page's top frame, as Electron reports it in IPC events. */
export const appFrame = { url: 'app://newsdesk/index.html', parent: null };

/**
 * Builds the main-process bundle into a temporary folder and runs it against a fresh fake `electron`
 * (each call loads its own copy, so each has its own state). `prepareProfile` may put files in the
 * profile folder before the app starts.
 */
export async function loadMainBundle(prepareProfile: (profile: string) => void = () => {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-main-'));
  const profile = path.join(folder, 'profile');
  fs.mkdirSync(profile);
  prepareProfile(profile);
  const fake = createFakeElectron({ userData: profile, appPath: folder });
  execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.js'), '--outdir', folder], { stdio: 'ignore' });
  fs.mkdirSync(path.join(folder, 'renderer'));
  fs.writeFileSync(path.join(folder, 'renderer', 'index.html'), '<!doctype html><title>Newsdesk</title>');
  fs.mkdirSync(path.join(folder, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.newsdeskFakeElectron;');
  fs.symlinkSync(path.join(root, 'node_modules', 'better-sqlite3'), path.join(folder, 'node_modules', 'better-sqlite3'));
  Reflect.set(globalThis, 'newsdeskFakeElectron', fake.electron);
  process.env.NEWSDESK_USER_DATA = profile;
  delete process.env.NEWSDESK_DEV_SERVER_URL;
  createRequire(import.meta.url)(path.join(folder, 'main', 'index.cjs'));
  fake.control.markReady();
  await vi.waitFor(() => {
    if (fake.control.windows.length === 0 && fake.control.record.errorBoxes.length === 0) throw new Error('the app has not started yet');
  });

  const invoke = (channel: string, input: unknown, senderFrame: unknown = appFrame): Promise<unknown> => {
    const handler = fake.control.record.ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler({ senderFrame }, input));
  };
  const mainWindow = () => {
    const window = fake.control.windows[0];
    if (!window) throw new Error('no window is open');
    return window;
  };
  /** Resolves once the startup backup is in profile/backups (the app makes one at every start). */
  const backupMade = () =>
    vi.waitFor(
      () => {
        const backups = path.join(profile, 'backups');
        const done = fs.existsSync(backups) && fs.readdirSync(backups).some((name) => name.endsWith('.sqlite'));
        if (!done) throw new Error('no backup yet');
      },
      { timeout: 30_000, interval: 50 },
    );
  const dispose = () => fs.rmSync(folder, { recursive: true, force: true });
  return { folder, profile, fake, record: fake.control.record, invoke, mainWindow, backupMade, dispose };
}
