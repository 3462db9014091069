import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli/main';
import { contract } from '../../../electron/shared/contract/index';
import { CatalogImportReport } from '../../../electron/shared/model/catalog';

const folder = mkdtempSync(join(tmpdir(), 'newsdesk-catalog-cli-'));
const dbPath = join(folder, 'newsdesk.sqlite');
const feedPath = (name: string) => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--db', dbPath], { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('newsdesk catalog', () => {
  it('imports a feed file and says what it did', async () => {
    const result = await run('catalog', 'import', feedPath('world-rss.xml'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Imported 5 new and 0 updated articles from RSS ${feedPath('world-rss.xml')}; 4 skipped (no title or no web link).\n`);
  });

  it('prints the import report as JSON with --json', async () => {
    const result = await run('catalog', 'import', feedPath('politics-atom.xml'), '--json');
    expect(result.code).toBe(0);
    expect(CatalogImportReport.parse(JSON.parse(result.stdout))).toMatchObject({ format: 'atom', added: 3, updated: 0, skipped: 2 });
  });

  it('searches, best match first, as text and as documented JSON', async () => {
    const text = await run('catalog', 'search', 'zelenskiy congress');
    expect(text.stdout).toBe(
      '2022-12-22  [World] Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid\n' +
        '            https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid\n',
    );
    const json = await run('catalog', 'search', 'minister', '--json');
    const items = contract['catalog:search'].output.parse(JSON.parse(json.stdout)).items;
    expect(items.map((item) => item.url)).toEqual(['https://news.example.com/politics/minister-resigns']);
    expect((await run('catalog', 'search', 'no such story')).stdout).toBe('No article in the catalog matches "no such story".\n');
  });

  it('lists the catalog with its total', async () => {
    const json = contract['catalog:list'].output.parse(JSON.parse((await run('catalog', 'list', '--json', '--limit', '2')).stdout));
    expect(json.total).toBe(8);
    expect(json.items).toHaveLength(2);
    expect(json.feeds).toEqual([]);
    expect((await run('catalog', 'list', '--limit', '1')).stdout).toMatch(/1 of 8 articles shown; feeds: none\n$/);
  });

  it('gives one clear line and a non-zero exit for bad input', async () => {
    const missing = await run('catalog', 'import', join(folder, 'missing.xml'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toBe(`newsdesk catalog: Could not read ${join(folder, 'missing.xml')}: no such file, or it cannot be opened.\n`);
    const page = await run('catalog', 'import', feedPath('not-a-feed.html'));
    expect(page.code).not.toBe(0);
    expect(page.stderr.split('\n')).toHaveLength(2);
    expect((await run('catalog', 'frob')).code).toBe(2);
    expect((await run('catalog', 'search')).stderr).toBe('newsdesk catalog: catalog search needs a query\n');
    expect((await run('catalog', 'list', '--limit', 'lots')).code).toBe(2);
  });
});
