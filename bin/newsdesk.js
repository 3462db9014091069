#!/usr/bin/env node
// The `newsdesk` command. Runs the prebuilt bundle (dist/cli/, made at `npm install` and
// `npm run build`); where it is missing, or older than a source it was built from (a checkout being
// edited), runs the TypeScript sources through tsx instead.
import { bundleIsCurrent, runBundle } from './cliBundle.js';

process.stdout.on('error', (error) => {
  // A closed pipe (`newsdesk list | head`) is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function runSources(argv) {
  const { tsImport } = await import('tsx/esm/api');
  const { main } = await tsImport('../electron/core/cli/main.ts', import.meta.url);
  return main(argv);
}

const argv = process.argv.slice(2);
process.exitCode = bundleIsCurrent() ? await runBundle(argv) : await runSources(argv);
