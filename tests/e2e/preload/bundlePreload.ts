import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let bundled: Promise<string> | undefined;

/**
 * The shipped preload (electron/preload/index.ts) as one script for the page, built the way
 * scripts/build-electron.js builds it, with `electron` replaced by the harness's transport
 * (tests/e2e/preload/electronInPage.ts). Built once per test worker.
 */
export function bundlePreload(): Promise<string> {
  bundled ??= build({
    absWorkingDir: root,
    entryPoints: ['electron/preload/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome140',
    alias: { electron: './tests/e2e/preload/electronInPage.ts' },
    logLevel: 'silent',
  }).then((result) => {
    const script = result.outputFiles[0]?.text;
    if (script === undefined) throw new Error('The preload bundle came out empty.');
    return script;
  });
  return bundled;
}
