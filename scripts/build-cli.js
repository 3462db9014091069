#!/usr/bin/env node
// Bundles the `newsdesk` command line (electron/core/cli/main.ts) with esbuild into dist/cli/, so a
// run starts Node on plain JavaScript instead of compiling TypeScript first. Runs at `npm install` /
// `npm ci` (the `prepare` script) and in `npm run build`; offline, in seconds.
//   node scripts/build-cli.js [--outdir DIR] [--if-stale]
// (--if-stale: only when dist/cli is missing or older than a source; the unit tests' setup uses it.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsCurrent, cliBundleFolder } from '../bin/cliBundle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


const sample = '---\nheadline: Warm-up\nauthor: Newsdesk\n---\nLONDON: One *line*, a [link](https://example.com/).\n\n## A heading\n\n- a list\n';

/** Runs one conversion through the bundle, so bin/newsdesk.js leaves V8's code cache beside it. */
function warmCodeCache(outdir) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-build-'));
  try {
    fs.writeFileSync(path.join(folder, 'warm-up.md'), sample);
    const bin = path.join(root, 'bin', 'newsdesk.js');
    spawnSync(process.execPath, [bin, 'convert', 'warm-up.md', '-o', 'warm-up.html'], {
      cwd: folder,
      env: { ...process.env, NEWSDESK_CLI_BUNDLE: outdir },
      stdio: 'ignore',
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Builds the CLI bundle: one CommonJS file, minified, with better-sqlite3 and sharp (native addons)
 * left to node_modules. The sources' dynamic imports (the HTML reader and writer, Word's reader, the
 * publishing steps) stay lazy: esbuild wraps each such module so its code runs only when a command
 * first needs it. Beside it: `inputs.json`, the repository files it was made from (bin/newsdesk.js
 * runs the sources when one of them is newer), and V8's code cache from one warm-up conversion.
 */
export async function buildCli({ outdir = cliBundleFolder } = {}) {
  const { build } = await import('esbuild');
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/core/cli/main.ts'],
    outfile: path.join(outdir, 'newsdesk.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    external: ['better-sqlite3', 'sharp'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/') && !input.startsWith('<'));
  fs.writeFileSync(path.join(outdir, 'inputs.json'), `${JSON.stringify({ inputs: [...inputs, 'package-lock.json'] })}\n`);
  warmCodeCache(outdir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const index = process.argv.indexOf('--outdir');
  const started = performance.now();
  try {
    if (process.argv.includes('--if-stale') && index === -1 && bundleIsCurrent()) process.exit(0);
    await buildCli(index === -1 ? {} : { outdir: path.resolve(process.argv[index + 1] ?? '') });
    console.log(`Built the newsdesk command line in ${Math.round(performance.now() - started)} ms.`);
  } catch (error) {
    // An install without devDependencies has no esbuild: bin/newsdesk.js then runs the sources.
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      console.log('esbuild is not installed; newsdesk will run from its TypeScript sources.');
    } else {
      console.error(`The newsdesk command line build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
