import { existsSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** The shared folder beside the checkout, where the reference fixtures are kept. */
export const sharedFixturesFolder = path.resolve(repoRoot, '../shared/fixtures');
/** The copy committed with the tests, for machines that check out the repository alone. */
export const vendoredFixturesFolder = path.resolve(repoRoot, 'tests/fixtures/shared');

/**
 * The path of a reference fixture (seed-article.md, seed-article.txt, dompurify-vectors.json): the
 * shared folder's when it is there, else the committed copy (kept identical by a test). Throws when
 * neither exists, so a golden test never passes without its input.
 */
export function sharedFixture(name: string): string {
  for (const folder of [sharedFixturesFolder, vendoredFixturesFolder]) {
    const file = path.join(folder, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`The reference fixture ${name} is missing from ${sharedFixturesFolder} and ${vendoredFixturesFolder}.`);
}
