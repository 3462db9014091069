import { describe, expect, it } from 'vitest';
import { defaultDbPath, userDataPath } from '../../../electron/core/db/defaultDbPath';
import { resolveDbPath } from '../../../electron/core/db/resolveDbPath';

describe('defaultDbPath', () => {
  it('uses ~/.config/Newsdesk on Linux, like Electron', () => {
    expect(defaultDbPath({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.config/Newsdesk/newsdesk.sqlite');
  });

  it('follows XDG_CONFIG_HOME on Linux', () => {
    expect(userDataPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/config' }, home: '/home/ana' })).toBe('/data/config/Newsdesk');
  });

  it('uses ~/Library/Application Support/Newsdesk on macOS', () => {
    expect(defaultDbPath({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Newsdesk/newsdesk.sqlite');
  });

  it('uses %APPDATA%\\Newsdesk on Windows', () => {
    expect(defaultDbPath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Newsdesk\\newsdesk.sqlite',
    );
  });
});

describe('resolveDbPath', () => {
  const linux = { platform: 'linux' as const, env: {}, home: '/home/ana' };

  it('prefers --db, then NEWSDESK_DB, then the app\'s default', () => {
    expect(resolveDbPath('/tmp/flag.sqlite', { NEWSDESK_DB: '/tmp/env.sqlite' }, linux)).toBe('/tmp/flag.sqlite');
    expect(resolveDbPath(undefined, { NEWSDESK_DB: '/tmp/env.sqlite' }, linux)).toBe('/tmp/env.sqlite');
    expect(resolveDbPath(undefined, {}, linux)).toBe('/home/ana/.config/Newsdesk/newsdesk.sqlite');
  });

  it('treats an empty NEWSDESK_DB as unset', () => {
    expect(resolveDbPath(undefined, { NEWSDESK_DB: '' }, linux)).toBe('/home/ana/.config/Newsdesk/newsdesk.sqlite');
  });
});
