import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStartupFailure } from '../../../electron/core/shell/describeStartupFailure';
import { electronAddon, nativeBindingPath } from '../../../electron/core/shell/nativeBindingPath';

const abiError = new Error(
  "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 139.",
);

describe('describeStartupFailure', () => {
  it('tells a developer how to build the database module for Electron', () => {
    const failure = describeStartupFailure(abiError, false);
    expect(failure.message).toContain('npm start');
    expect(failure.message).not.toContain('NODE_MODULE_VERSION');
  });

  it('asks users of an installed app to reinstall, with no technical detail', () => {
    const failure = describeStartupFailure(abiError, true);
    expect(failure.message).toMatch(/reinstall/i);
    expect(failure.message).not.toMatch(/NODE_MODULE|\.node|at /);
  });

  it('gives other failures in one plain line without a stack trace', () => {
    const error = new Error('EACCES: permission denied, open /home/a/.config/Newsdesk/newsdesk.sqlite');
    const failure = describeStartupFailure(error, true);
    expect(failure.message).toContain('permission denied');
    expect(failure.message).not.toContain('\n');
    expect(failure.message).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('nativeBindingPath', () => {
  it('finds the Electron-ABI addon beside the app in development and in resources when packaged', () => {
    const seen: string[] = [];
    const exists = (file: string) => {
      seen.push(file);
      return true;
    };
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/opt/electron/resources', appPath: '/src/newsdesk', exists })).toBe(
      path.join('/src/newsdesk', 'native', 'electron-better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/Newsdesk/resources', appPath: '/opt/Newsdesk/resources/app.asar', exists })).toBe(
      path.join('/opt/Newsdesk/resources', 'native', 'better_sqlite3.node'),
    );
    expect(seen.some((file) => file.includes('node_modules'))).toBe(false);
  });

  it('gives nothing when the addon has not been built', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/r', appPath: '/a', exists: () => false })).toBeUndefined();
    expect(electronAddon.development.startsWith('native/')).toBe(true);
  });
});
