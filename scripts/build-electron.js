#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild: dist/main/index.cjs and
// dist/preload/index.cjs. Usage: node scripts/build-electron.js [--outdir DIR] [--minify] [--target es2020]
// (--target lowers the syntax of both bundles, for analysers such as electronegativity that cannot
// parse the newest JavaScript; the app itself is always built for Electron's own Node and Chromium.)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds both bundles in parallel. The main process runs on Electron's Node (22): only `electron` and
 * `better-sqlite3` (a native addon, loaded with its Electron-ABI binary) stay outside the bundle. The
 * preload runs in the sandboxed renderer (Chromium 140): it may require nothing but `electron`, so it is
 * built for the browser and any Node import fails the build.
 */
export async function buildElectron({ outdir = path.join(root, 'dist'), minify = false, target } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    sourcemap: true,
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outdir, 'main', 'index.cjs'),
      platform: 'node',
      target: target ?? 'node22',
      external: ['electron', 'better-sqlite3', 'sharp'],
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outdir, 'preload', 'index.cjs'),
      platform: 'browser',
      target: target ?? 'chrome140',
      // The preload is parsed on every page load; zod (the contract) is most of it.
      minify: true,
      external: ['electron'],
    }),
  ]);
}

function argument(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = performance.now();
  const outdir = argument('--outdir');
  try {
    await buildElectron({
      ...(outdir ? { outdir: path.resolve(outdir) } : {}),
      minify: process.argv.includes('--minify'),
      target: argument('--target'),
    });
    console.log(`Built the Electron main process and preload in ${Math.round(performance.now() - started)} ms.`);
  } catch (error) {
    console.error(`The Electron build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
