import { createRequire } from 'node:module';
import path from 'node:path';
import type { main } from '../../../electron/core/cli/main';

type Main = typeof main;

function hasMain(value: unknown): value is { main: Main } {
  return typeof value === 'object' && value !== null && 'main' in value && typeof value.main === 'function';
}

/** `main` of the CLI bundle that ships (dist/cli/newsdesk.cjs, brought up to date by the tests' global setup). */
export function bundledCliMain(): Main {
  const bundle = path.resolve(import.meta.dirname, '../../../dist/cli/newsdesk.cjs');
  const loaded: unknown = createRequire(import.meta.url)(bundle);
  if (!hasMain(loaded)) throw new Error(`${bundle} exports no main(); run node scripts/build-cli.js`);
  return loaded.main;
}
