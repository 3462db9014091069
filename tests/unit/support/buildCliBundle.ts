import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Vitest's global setup: brings dist/cli up to date with the sources (scripts/build-cli.js, as
 * `npm install` does), so the CLI tests run the bundle that ships rather than the TypeScript.
 */
export default function buildCliBundle(): void {
  const root = path.resolve(import.meta.dirname, '../../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.js'), '--if-stale'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
