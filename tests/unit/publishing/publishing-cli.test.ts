import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCliMain } from '../support/bundledCliMain';
import { buildDocx } from './docxFixture';
import { seedArticlePath } from './publishingFixtures';

const main = bundledCliMain();
const folder = mkdtempSync(join(tmpdir(), 'newsdesk-publishing-cli-'));
const dbPath = join(folder, 'newsdesk.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: {} });
  return { code, stdout, stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('newsdesk convert', () => {
  it('writes the seed article as a page with -o, warnings on stderr, exit 0', async () => {
    const output = join(folder, 'seed.html');
    const result = await run('convert', seedArticlePath('md'), '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^warning: This ad/m);
    const html = readFileSync(output, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/data-ad-slot="ad-\d"/g)).toEqual(['data-ad-slot="ad-1"', 'data-ad-slot="ad-2"', 'data-ad-slot="ad-3"', 'data-ad-slot="ad-4"', 'data-ad-slot="ad-5"']);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the fragment to stdout without -o', async () => {
    const result = await run('convert', file('short.md', '---\nheadline: Short\nauthor: Asha\n---\nOne line.\n'), '--fragment');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^<article class="nd-article" lang="en" data-newsdesk-id="[0-9a-f-]{36}" data-slug="short" dir="ltr">/);
    expect(result.stdout).toContain('<div class="nd-body"><p dir="auto">One line.</p></div>');
  });

  it('converts a Word document', async () => {
    const result = await run('convert', file('storm.docx', buildDocx()), '--fragment');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<h1 class="nd-headline" dir="auto">Storm Hits the Coast as Rivers Rise</h1>');
  });

  it('exits 1 naming each checklist error and where, writing nothing', async () => {
    const output = join(folder, 'never.html');
    const result = await run('convert', file('broken.md', '---\nkicker: K\nauthor: A\n---\nCopy.\n\nAlso Read: A Story Nobody Wrote\n'), '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: The article has no headline. (field headline)\n');
    expect(result.stderr).toContain('error: The related link "A Story Nobody Wrote" has no URL: it was not found in the catalog. (body block 2)\n');
    expect(result.stderr).toContain('newsdesk convert: the checklist found 2 errors; nothing was written\n');
    expect(existsSync(output)).toBe(false);
  });

  it('exits 2 with one clear line for unreadable input', async () => {
    const cases: [string, string][] = [
      [join(folder, 'missing.md'), `newsdesk convert: Cannot read ${join(folder, 'missing.md')}: no such file, or no permission to read it.\n`],
      [file('empty.md', ''), 'newsdesk convert: empty.md is empty.\n'],
      [file('binary.txt', Buffer.from([0, 1, 2, 3])), 'newsdesk convert: binary.txt is not a text file.\n'],
      [file('bad-front.md', '---\nheadline: ok\npublished: soon\n---\nx'), 'newsdesk convert: bad-front.md, line 3: published must be an ISO date such as 2023-01-28 (found "soon").\n'],
      [file('big.md', Buffer.alloc(10 * 1024 * 1024 + 10, 0x61)), 'newsdesk convert: big.md is too large to import (over 10 MB); Newsdesk imports articles, not archives.\n'],
    ];
    for (const [path, message] of cases) {
      const result = await run('convert', path, '-o', join(folder, 'out.html'));
      expect(result, path).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect(existsSync(join(folder, 'out.html'))).toBe(false);
  });
});

describe('newsdesk convert, many files at once', () => {
  function drafts(name: string, files: Record<string, string | Buffer>): string {
    const root = join(folder, name);
    for (const [relative, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, relative)), { recursive: true });
      writeFileSync(join(root, relative), content);
    }
    return root;
  }

  it('converts named files and a folder with its subfolders into one output folder, with one summary', async () => {
    const root = drafts('batch-ok', { 'desk/a.md': '---\nheadline: A\nauthor: Asha\n---\nOne.\n', 'desk/world/b.txt': 'B\n\nBy Ben\n\nTwo.\n', 'desk/notes.pdf': 'not an article', 'desk/.hidden.md': '# hidden', 'c.md': readFileSync(seedArticlePath('md')) });
    const out = join(root, 'out');
    const result = await run('convert', join(root, 'desk'), join(root, 'c.md'), '-o', `${out}/`);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Converted 3 of 3 files into ${out}/ (2 with warnings, on stderr).\n`);
    expect(result.stderr).toMatch(new RegExp(`^${join(root, 'c.md')}: warning: This ad`, 'm'));
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toContain('<h1 class="nd-headline" dir="auto">A</h1>');
    expect(readFileSync(join(out, 'world', 'b.html'), 'utf8')).toContain('<h1 class="nd-headline" dir="auto">B</h1>');
    expect(readFileSync(join(out, 'c.html'), 'utf8').match(/data-ad-slot="ad-\d"/g)).toHaveLength(5);
    expect(readdirSync(out).sort()).toEqual(['a.html', 'c.html', 'world']);
  });

  it('goes on past the files that fail, names each, writes the rest and exits with the most serious code', async () => {
    const root = drafts('batch-mixed', { 'good.md': '---\nheadline: Good\nauthor: A\n---\nCopy.\n', 'no-headline.md': '---\nauthor: A\n---\nCopy.\n', 'binary.txt': Buffer.from([0, 1, 2]) });
    const out = join(folder, 'batch-mixed-out');
    const result = await run('convert', root, '-o', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`Converted 1 of 3 files into ${out}.\n`);
    expect(result.stderr).toContain(`${join(root, 'binary.txt')}: not converted: binary.txt is not a text file.\n`);
    expect(result.stderr).toContain(`${join(root, 'no-headline.md')}: error: The article has no headline. (field headline)\n`);
    expect(result.stderr).toContain(`${join(root, 'no-headline.md')}: not converted: the checklist found 1 error\n`);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('newsdesk convert: 2 files not converted: 1 stopped by the checklist, 1 could not be read');
    expect(readdirSync(out)).toEqual(['good.html']);

    const checklistOnly = await run('convert', join(root, 'good.md'), join(root, 'no-headline.md'), '-o', out);
    expect(checklistOnly.code).toBe(1);
  });

  it('prints every file\'s outcome with --json', async () => {
    const root = drafts('batch-json', { 'a.md': '---\nheadline: A\nauthor: A\n---\nCopy.\n', 'b.md': '---\nauthor: A\n---\nCopy.\n' });
    const out = join(folder, 'batch-json-out');
    const result = await run('convert', join(root, 'a.md'), join(root, 'b.md'), '-o', `${out}/`, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      converted: 1,
      failed: 1,
      files: [
        { input: join(root, 'a.md'), output: join(out, 'a.html'), warnings: 0, problem: null },
        { input: join(root, 'b.md'), output: null, warnings: 0, problem: 'the checklist found 1 error' },
      ],
    });
  });

  it('refuses, before writing anything, a batch without an output folder or two files that would write one', async () => {
    const root = drafts('batch-refused', { 'a.md': '---\nheadline: A\n---\nx\n', 'a.txt': 'A\n\nx\n', 'empty/notes.pdf': 'x' });
    expect(await run('convert', join(root, 'a.md'), join(root, 'a.txt'))).toEqual({ code: 2, stdout: '', stderr: 'newsdesk convert: converting several files or a folder needs -o FOLDER/\n' });
    const out = join(folder, 'batch-refused-out');
    const clash = await run('convert', join(root, 'a.md'), join(root, 'a.txt'), '-o', out);
    expect(clash).toEqual({ code: 2, stdout: '', stderr: `newsdesk convert: ${join(root, 'a.md')} and ${join(root, 'a.txt')} would both be written to ${join(out, 'a.html')}; convert them into different folders\n` });
    const empty = await run('convert', join(root, 'empty'), '-o', out);
    expect(empty.stderr).toBe(`newsdesk convert: ${join(root, 'empty')} holds no article to convert (a .md, .markdown, .txt, .docx, .html or .htm file)\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('newsdesk import and export', () => {
  it('imports a file, prints the id, and exports it by id or slug', async () => {
    const imported = await run('import', seedArticlePath('md'), '--db', dbPath);
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const byId = await run('export', id, '--db', dbPath);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain(`data-newsdesk-id="${id}"`);
    expect(byId.stdout).toContain('<time class="nd-published" datetime="2023-01-28">January 28, 2023</time>');
    const output = join(folder, 'by-slug.html');
    const bySlug = await run('export', 'putin-invites-xi-to-moscow-to-strengthen-military-ties', '-o', output, '--fragment', '--db', dbPath);
    expect(bySlug.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(byId.stdout.slice(byId.stdout.indexOf('<article'), byId.stdout.indexOf('</article>') + '</article>'.length) + '\n');
  });

  it('reports what an import took out, and the export stops on the unresolved related link', async () => {
    const imported = await run('import', file('links.md', '---\nheadline: Links\n---\nSee <a href="javascript:alert(1)">this</a>.\n\nAlso Read: Not In The Catalog\n'), '--db', dbPath);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('removed a link to javascript:alert(1) (text kept: "this")\nrelated link not found in the catalog: "Not In The Catalog"; export will stop until it has a URL\n');
    const exported = await run('export', imported.stdout.trim(), '--db', dbPath);
    expect(exported.code).toBe(1);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toContain('error: The related link "Not In The Catalog" has no URL');
  });

  it('exits 2 when the file to import cannot be read', async () => {
    const result = await run('import', file('photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0])), '--db', dbPath);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'newsdesk import: photo.md is not a text file.\n' });
  });
});
