import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './publishingFixtures';

/** One validator finding: the page it is in, and what the validator said. */
export type ValidatorError = { page: string; line: number | undefined; message: string };

/**
 * Runs the W3C Nu HTML validator (vnu-jar) over several pages in one JVM and returns its errors.
 * Throws when the validator itself cannot run, so a missing Java never passes for a clean result.
 */
export function validatePages(pages: Record<string, string>): ValidatorError[] {
  const folder = mkdtempSync(join(tmpdir(), 'newsdesk-vnu-'));
  try {
    const files = Object.entries(pages).map(([name, html]) => {
      const file = join(folder, `${name}.html`);
      writeFileSync(file, html);
      return file;
    });
    const jar = join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stderr}${run.stdout}`.trim();
    if (run.error || !output.startsWith('{')) throw new Error(`The W3C HTML validator did not run (it needs Java 8 or newer as \`java\` on the PATH; see the README): ${run.error?.message ?? output.slice(0, 300)}`);
    const report = JSON.parse(output) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    return report.messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => ({ page: (message.url ?? '').replace(/^.*\//, ''), line: message.lastLine, message: message.message }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
