#!/usr/bin/env node
// The `newsdesk` command: runs the TypeScript CLI (electron/core/cli/main.ts) through tsx, so it
// works straight from the repository after `npm install`, with no build step.
import { tsImport } from 'tsx/esm/api';

process.stdout.on('error', (error) => {
  // A closed pipe (`newsdesk list | head`) is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await tsImport('../electron/core/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
