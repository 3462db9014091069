// electron-builder configuration: `npm run dist` on a machine with the Electron binary and internet
// (the better-sqlite3 addon for Electron's ABI is built first by scripts/electron-native.js).
// Checked against electron-builder's JSON schema by tests/unit/packaging/builderConfig.test.ts.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'com.newsdesk.app',
  productName: 'Newsdesk',
  copyright: 'Copyright © 2026 the Newsdesk authors',
  directories: { output: 'release', buildResources: 'build' },
  // The main process and preload are bundled by esbuild, the page by Vite. Of node_modules the app needs
  // better-sqlite3's JavaScript (its native addon comes from extraResources below) and sharp with its
  // prebuilt @img packages (Node-API, so the same binary runs under Node and Electron).
  files: [
    'dist/main/**',
    'dist/preload/**',
    'dist/renderer/**',
    'package.json',
    '!**/*.map',
    '!tests/**',
    '!node_modules/better-sqlite3/{build,deps,src}/**',
    '!node_modules/better-sqlite3/binding.gyp',
  ],
  asar: true,
  // sharp (a production dependency, so electron-builder ships it) loads its Node-API addon and libvips
  // from @img/sharp-<platform>-<arch>: native files cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/sharp/**', 'node_modules/@img/**'],
  // Never rebuild node_modules for Electron: that would break the Node build the tests and the CLI use.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  extraResources: [{ from: 'native/electron-better-sqlite3/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' }],
  afterPack: 'build/after-pack.cjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icon.png',
    maintainer: 'Newsdesk <newsdesk@example.com>',
    synopsis: 'Offline editor for news articles',
    description: 'Newsdesk is a desktop editor for news articles: drafts are kept offline in SQLite and exported as HTML for the website.',
  },
  deb: { priority: 'optional' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { title: 'Newsdesk ${version}' },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
};

module.exports = config;
