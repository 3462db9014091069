import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const hook: unknown = require(path.join(root, 'build/after-pack.cjs'));

// The fuse wire's format (from @electron/fuses): a sentinel, the wire version, its length, then one
// byte per fuse: '0' off, '1' on.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/** A stand-in for the Electron executable: bytes around the fuse wire, all fuses at Electron's defaults. */
function fakeElectron(file: string): void {
  const defaults = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF…machine code…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('…more code')]));
}

describe('the afterPack hook', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('flips the fuses the issue asks for in the packed Linux executable', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-fuses-'));
    const appOutDir = path.join(folder, 'linux-unpacked');
    fakeElectron(path.join(appOutDir, 'newsdesk'));
    expect(typeof hook).toBe('function');
    if (typeof hook !== 'function') return;
    const context = { electronPlatformName: 'linux', arch: 1, appOutDir, packager: { appInfo: { productFilename: 'Newsdesk' }, executableName: 'newsdesk' } };
    await Promise.resolve<unknown>(Reflect.apply(hook, undefined, [context]));
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'newsdesk'));
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: OFF,
      [FuseV1Options.EnableCookieEncryption]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
      [FuseV1Options.OnlyLoadAppFromAsar]: ON,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
    });
  });

  it('finds the Electron binary on every platform', () => {
    const binaryPath: unknown = typeof hook === 'function' ? Reflect.get(hook, 'electronBinaryPath') : undefined;
    expect(typeof binaryPath).toBe('function');
    if (typeof binaryPath !== 'function') return;
    const context = (electronPlatformName: string) => ({ electronPlatformName, appOutDir: '/out', packager: { appInfo: { productFilename: 'Newsdesk' }, executableName: 'newsdesk' } });
    expect(Reflect.apply(binaryPath, undefined, [context('darwin')])).toBe(path.join('/out', 'Newsdesk.app'));
    expect(Reflect.apply(binaryPath, undefined, [context('win32')])).toBe(path.join('/out', 'Newsdesk.exe'));
    expect(Reflect.apply(binaryPath, undefined, [context('linux')])).toBe(path.join('/out', 'newsdesk'));
  });
});
