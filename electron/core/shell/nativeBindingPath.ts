import path from 'node:path';

/**
 * Where the better-sqlite3 addon built for Electron's ABI lives. scripts/electron-native.js builds it
 * into `development` (beside the app, never in node_modules, whose build serves Node and the tests);
 * electron-builder copies it to `packaged` under the app's resources.
 */
export const electronAddon = {
  development: 'native/electron-better-sqlite3/build/Release/better_sqlite3.node',
  packaged: 'native/better_sqlite3.node',
} as const;

/**
 * The Electron-ABI addon to hand to better-sqlite3 as `nativeBinding`, or undefined when it is not
 * there (better-sqlite3 then tries its own build, which fails with a clear message under Electron).
 */
export function nativeBindingPath(options: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
  exists: (file: string) => boolean;
}): string | undefined {
  const candidate = options.isPackaged
    ? path.join(options.resourcesPath, ...electronAddon.packaged.split('/'))
    : path.join(options.appPath, ...electronAddon.development.split('/'));
  return options.exists(candidate) ? candidate : undefined;
}
