#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron-better-sqlite3/, a copy of the
// package, so node_modules/better-sqlite3/build (the Node build the tests and the CLI use) is never
// touched. The app passes the result to better-sqlite3 as `nativeBinding`.
//
//   node scripts/electron-native.js [electron] [--force] [--print-path]
//
// First a prebuilt binary for this Electron is tried (prebuild-install), then a compile against
// Electron's headers (node-gyp). Both download from the internet; without it the script stops with a
// plain message and a non-zero exit. Skips all work when the addon for this Electron is already there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The copy of better-sqlite3 that is built for Electron (relative to the repository). */
export const electronPackageDir = 'native/electron-better-sqlite3';
/** The addon the app loads in development; electron-builder ships it as resources/native/better_sqlite3.node. */
export const electronAddonPath = `${electronPackageDir}/build/Release/better_sqlite3.node`;

const stampName = 'newsdesk-build.json';
const headersUrl = 'https://electronjs.org/headers';

function versionOf(packageName) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', packageName, 'package.json'), 'utf8')).version;
}

function wanted() {
  return {
    electron: versionOf('electron'),
    betterSqlite3: versionOf('better-sqlite3'),
    platform: process.platform,
    arch: process.env.npm_config_arch || process.arch,
  };
}

function isUpToDate(target, want) {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(target, stampName), 'utf8'));
    const same = Object.keys(want).every((key) => stamp[key] === want[key]);
    return same && fs.existsSync(path.join(root, electronAddonPath));
  } catch {
    return false;
  }
}

function copyPackage(target) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.rmSync(target, { recursive: true, force: true });
  // Everything but the Node build: the Electron build goes into the copy's own build/.
  fs.cpSync(source, target, {
    recursive: true,
    filter: (file) => {
      const relative = path.relative(source, file);
      return relative !== 'build' && !relative.startsWith(`build${path.sep}`) && relative !== 'node_modules';
    },
  });
}

/** The environment for the builds, without npm's `nodedir` (this repo points it at Node's headers). */
function buildEnvironment() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(label, args, cwd) {
  console.log(`electron-native: ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, env: buildEnvironment(), encoding: 'utf8', timeout: 20 * 60 * 1000 });
  const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n');
  const telling = lines.filter((line) => /error|warn|ENOTFOUND|EAI_AGAIN|network|proxy|not found/i.test(line) && !/stack +at |ERR! (System|command|cwd|node -v|node-gyp -v|not ok)/.test(line));
  const reason = result.error ? [String(result.error)] : telling.slice(0, 5);
  return { ok: result.status === 0, tail: reason.join('\n') || `exit code ${String(result.status)}` };
}

function buildAddon(target, want) {
  const prebuilt = run(`fetching a prebuilt better-sqlite3 ${want.betterSqlite3} for Electron ${want.electron}`, [
    require.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${want.electron}`,
    `--arch=${want.arch}`,
    `--platform=${want.platform}`,
  ], target);
  if (prebuilt.ok && fs.existsSync(path.join(root, electronAddonPath))) return { ok: true, attempts: [] };
  const compiled = run(`compiling better-sqlite3 against Electron ${want.electron}'s headers`, [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${want.electron}`,
    `--arch=${want.arch}`,
    `--dist-url=${headersUrl}`,
  ], target);
  const ok = compiled.ok && fs.existsSync(path.join(root, electronAddonPath));
  return { ok, attempts: [prebuilt.tail, compiled.tail] };
}

/** Builds the Electron-ABI addon unless it is up to date; returns true on success. */
export function ensureElectronAddon({ force = false } = {}) {
  const want = wanted();
  const target = path.join(root, electronPackageDir);
  if (!force && isUpToDate(target, want)) {
    console.log(`electron-native: better-sqlite3 for Electron ${want.electron} is up to date (${electronAddonPath}).`);
    return true;
  }
  copyPackage(target);
  const result = buildAddon(target, want);
  if (result.ok) {
    fs.writeFileSync(path.join(target, stampName), `${JSON.stringify(want, null, 2)}\n`);
    console.log(`electron-native: built ${electronAddonPath} for Electron ${want.electron} (${want.platform}-${want.arch}).`);
    return true;
  }
  fs.rmSync(target, { recursive: true, force: true });
  if (fs.readdirSync(path.dirname(target)).length === 0) fs.rmdirSync(path.dirname(target));
  console.error(
    [
      `electron-native: could not build better-sqlite3 ${want.betterSqlite3} for Electron ${want.electron} (${want.platform}-${want.arch}).`,
      'Both ways need the internet: a prebuilt binary is downloaded from the project\'s releases, and compiling',
      `needs Electron's headers from ${headersUrl} (plus python3, make and a C++ compiler).`,
      'Nothing in node_modules was changed: the Node build used by the tests and the CLI is intact.',
      'Run this again on a machine with internet access: node scripts/electron-native.js',
      '',
      'What each attempt said:',
      ...result.attempts.map((tail) => tail.replace(/^/gm, '  | ')),
    ].join('\n'),
  );
  return false;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.argv.includes('--print-path')) {
    console.log(electronAddonPath);
  } else if (!ensureElectronAddon({ force: process.argv.includes('--force') })) {
    process.exitCode = 1;
  }
}
