import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture, sharedFixturesFolder, vendoredFixturesFolder } from '../sharedFixture';

describe('reference fixtures', () => {
  it('has a committed copy of every reference fixture the tests read', () => {
    for (const name of ['seed-article.md', 'seed-article.txt', 'dompurify-vectors.json']) {
      expect(existsSync(path.join(vendoredFixturesFolder, name))).toBe(true);
      expect(readFileSync(sharedFixture(name)).length).toBeGreaterThan(1000);
    }
  });

  it.runIf(existsSync(sharedFixturesFolder))('keeps the committed copy byte for byte equal to ../shared/fixtures', () => {
    for (const name of readdirSync(vendoredFixturesFolder)) {
      expect(readFileSync(path.join(vendoredFixturesFolder, name)).equals(readFileSync(path.join(sharedFixturesFolder, name))), name).toBe(true);
    }
  });
});
