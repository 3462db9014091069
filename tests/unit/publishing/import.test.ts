import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/core/import/importDocument';
import { renderFragment } from '../../../electron/core/export/renderFragment';
import { importedToExportArticle } from '../../../electron/core/publishing/convertDocument';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { buildDocx } from './docxFixture';
import { articleWith, bodyOf, seedSource } from './publishingFixtures';

const settings = defaultSiteSettings;
const source = (name: string, text: string | Uint8Array) => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const importText = (name: string, text: string | Uint8Array, lookupRelated?: (title: string) => { href: string; title: string } | null) =>
  importDocument(source(name, text), { settings, ...(lookupRelated ? { lookupRelated } : {}) });
/** Drops attributes left at null (schema defaults) so tests compare what matters. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null).map(([key, entry]) => [key, withoutNulls(entry)]));
}
const types = (body: { content?: { type?: string }[] }) => (body.content ?? []).map((block) => block.type);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && 'code' in error) return `${String(error.code)}: ${error.message}`;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('Markdown import', () => {
  it('reads every front matter key of the contract', async () => {
    const text = '---\nheadline: Storm\ndek: Rain\nkicker: Weather\nauthor: Asha\nauthorBio: Covers rain\ndateline: CHENNAI\nsection: India\ntags: storm, rain\nslug: storm-day\npublished: 2024-11-03T08:15:00Z\nlanguage: en-IN\nseoTitle: Storm today\nseoDescription: All about it\nmood: grim\n---\nCopy.\n';
    const imported = await importText('a.md', text);
    expect(imported.fields).toEqual({ headline: 'Storm', dek: 'Rain', kicker: 'Weather', authorName: 'Asha', authorBio: 'Covers rain', dateline: 'CHENNAI', section: 'India', tags: ['storm', 'rain'], slug: 'storm-day', language: 'en-IN', seoTitle: 'Storm today', seoDescription: 'All about it' });
    expect(imported.publishedAt).toBe('2024-11-03T08:15:00.000Z');
    expect(imported.report.ignoredKeys).toEqual(['mood']);
  });

  it('refuses malformed front matter with the line it is on', async () => {
    expect(await refusal(importText('bad.md', '---\nheadline: Fine\ntags: [one, two\n---\nCopy'))).toMatch(/^unreadable_input: bad\.md, line \d: the front matter is not valid YAML/);
    expect(await refusal(importText('bad.md', '---\nheadline: Fine\npublished: next week\n---\nCopy'))).toBe('unreadable_input: bad.md, line 3: published must be an ISO date such as 2023-01-28 (found "next week").');
    expect(await refusal(importText('bad.md', '---\nheadline: Fine\nauthor:\n  name: Asha\n---\nCopy'))).toBe('unreadable_input: bad.md, line 3: author must be text.');
    expect(await refusal(importText('open.md', '---\nheadline: Never closed\n\nCopy'))).toBe('unreadable_input: open.md, line 1: the front matter that opens here has no closing --- line.');
  });

  it('turns ad lines in any case, with or without dashes, into ad slots', async () => {
    const imported = await importText('a.md', '---\nheadline: H\n---\nOne.\n\n- Advertisement -\n\nTwo.\n\nADVERTISEMENT\n\n-- advertisement --\n');
    expect(types(imported.body)).toEqual(['paragraph', 'adSlot', 'paragraph', 'adSlot', 'adSlot']);
  });

  it('turns Also Read, Related and Read more lines into related links with their label', async () => {
    const imported = await importText('a.md', '---\nheadline: H\n---\nCopy.\n\nRelated: [Floods return](https://news.example.com/floods)\n\nRead more: [Dams](/india/dams)\n');
    expect(imported.body.content?.slice(1)).toEqual([
      { type: 'relatedLink', attrs: { href: 'https://news.example.com/floods', title: 'Floods return', label: 'Related:' } },
      { type: 'relatedLink', attrs: { href: '/india/dams', title: 'Dams', label: 'Read more:' } },
    ]);
  });

  it('looks up a related title without a link in the catalog, and reports it when not found', async () => {
    const lookup = (title: string) => (title === 'Floods Return' ? { href: 'https://news.example.com/floods', title: 'Floods Return' } : null);
    const imported = await importText('a.md', '---\nheadline: H\n---\nCopy.\n\nAlso Read: Floods Return\n\nAlso Read: Nowhere To Be Found\n', lookup);
    expect(imported.body.content?.slice(1)).toEqual([
      { type: 'relatedLink', attrs: { href: 'https://news.example.com/floods', title: 'Floods Return', label: 'Also Read:' } },
      { type: 'relatedLink', attrs: { href: '', title: 'Nowhere To Be Found', label: 'Also Read:' } },
    ]);
    expect(imported.report.unresolvedRelated).toEqual(['Nowhere To Be Found']);
  });

  it('takes an upper-case place at the start of the first paragraph as the dateline, unless front matter has one', async () => {
    const taken = await importText('a.md', '---\nheadline: H\n---\n**NEW DELHI:** Parliament met.\n');
    expect(taken.fields.dateline).toBe('NEW DELHI');
    expect(taken.body.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Parliament met.' }] });
    const given = await importText('a.md', '---\nheadline: H\ndateline: MUMBAI\n---\nRUSSIA: Copy.\n');
    expect(given.fields.dateline).toBe('MUMBAI');
    expect(given.body.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'RUSSIA: Copy.' }] });
    const none = await importText('a.md', '---\nheadline: H\n---\nRussia: Copy.\n');
    expect(none.fields.dateline).toBeUndefined();
  });

  it('never passes raw HTML through: allowed blocks are kept, the rest dropped, bad links reported', async () => {
    const imported = await importText('a.md', '---\nheadline: H\n---\n<h1 onclick="x()">Big</h1>\n\n<script>alert(1)</script>\n\n<p style="color:red">Para <a href="javascript:alert(2)">here</a> <img src=x onerror=alert(3)></p>\n\n<iframe src="https://evil.example"></iframe>\n');
    expect(imported.body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Big' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Para here' }] },
    ]);
    expect(imported.report.removedLinks).toEqual([{ text: 'here', href: 'javascript:alert(2)' }]);
    expect(imported.report.droppedImages).toBe(1);
  });

  it('reads the seed article into fields and 21 blocks', async () => {
    const imported = await importDocument(seedSource('md'), { settings });
    expect(imported.fields).toMatchObject({ headline: 'Putin Invites Xi to Moscow to Strengthen Military Ties', kicker: 'Must read', authorName: 'Sadaf Hasan', dateline: 'RUSSIA', tags: ['Russia', 'China', 'Ukraine'] });
    expect(imported.body.content).toHaveLength(21);
  });
});

describe('plain text import', () => {
  it('takes the first non-empty line as the headline and keeps the line conventions', async () => {
    const imported = await importText('a.txt', '\n\nStorm Hits the Coast\n\nCHENNAI: Rain fell.\n\n- Advertisement -\n\nMore rain.\nAlso Read: Floods Return https://news.example.com/floods\n');
    expect(imported.fields).toEqual({ headline: 'Storm Hits the Coast', dateline: 'CHENNAI' });
    expect(types(imported.body)).toEqual(['paragraph', 'adSlot', 'paragraph', 'relatedLink']);
    expect(imported.body.content?.[3]?.attrs).toEqual({ href: 'https://news.example.com/floods', title: 'Floods Return', label: 'Also Read:' });
  });

  it('reads the seed article as copied from the website into the same article as its Markdown', async () => {
    const zelenskiy = 'Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid';
    const lookup = (title: string) => (title === zelenskiy ? { href: 'https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid', title } : null);
    const fromText = await importDocument(seedSource('txt'), { settings, lookupRelated: lookup });
    const fromMarkdown = await importDocument(seedSource('md'), { settings });
    expect(fromText.fields).toEqual({
      headline: 'Putin Invites Xi to Moscow to Strengthen Military Ties',
      dek: 'Xi stated that China will continue to take an "objective and fair" stance on the conflict in Ukraine',
      kicker: 'Must read',
      authorName: 'Sadaf Hasan',
      authorBio: 'Aspiring reporter covering trending topics',
      dateline: 'RUSSIA',
    });
    expect(fromText.publishedAt).toBe('2023-01-28T00:00:00.000Z');
    expect(types(fromText.body)).toEqual(types(fromMarkdown.body));
    expect(fromText.body).toEqual(fromMarkdown.body);
    expect(fromText.report.unresolvedRelated).toEqual([]);
  });

  it('keeps every line in the body when the copy does not open with a dateline', async () => {
    const imported = await importText('b.txt', 'Storm Hits the Coast\nRain everywhere today across the state of Kerala\nRain fell on the coast.\nMore rain came.\n');
    expect(imported.fields).toEqual({ headline: 'Storm Hits the Coast' });
    expect(types(imported.body)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('Word import', () => {
  it('keeps headings, lists, links, bold and italic, and reports a javascript: link', async () => {
    const imported = await importDocument({ name: 'storm.docx', bytes: buildDocx() }, { settings });
    expect(imported.fields).toEqual({ headline: 'Storm Hits the Coast as Rivers Rise', dateline: 'CHENNAI' });
    expect(types(imported.body)).toEqual(['paragraph', 'heading', 'paragraph', 'adSlot', 'bulletList', 'orderedList', 'paragraph', 'relatedLink']);
    expect(imported.body.content?.[0]?.content).toEqual([
      { type: 'text', text: 'Heavy rain ' },
      { type: 'text', text: 'closed schools', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' across the city on ' },
      { type: 'text', text: 'Monday', marks: [{ type: 'italic' }] },
      { type: 'text', text: '.' },
    ]);
    const link = imported.body.content?.[2]?.content?.[1];
    expect(link).toMatchObject({ text: 'the warning', marks: [{ type: 'link', attrs: { href: 'https://weather.example.org/warnings' } }] });
    expect(imported.report.removedLinks).toEqual([{ text: 'click here', href: 'javascript:alert(document.cookie)' }]);
  });

  it('refuses a file that is not a Word document', async () => {
    expect(await refusal(importText('fake.docx', 'just text'))).toBe('unreadable_input: fake.docx is not a Word document (.docx).');
    expect(await refusal(importDocument({ name: 'broken.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]) }, { settings }))).toBe('unreadable_input: broken.docx could not be read as a Word document; it may be damaged.');
  });
});

describe('HTML import', () => {
  it('round-trips an exported article: fields and body come back', async () => {
    const body = bodyOf([
      { type: 'paragraph', content: [{ type: 'text', text: 'Heavy rain ' }, { type: 'text', text: 'closed', marks: [{ type: 'bold' }] }, { type: 'text', text: ' schools.' }] },
      { type: 'adSlot', attrs: { format: 'leaderboard', placement: 'manual' } },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Stay home.' }] }] },
      { type: 'relatedLink', attrs: { href: 'https://news.example.com/floods', title: 'Floods Return', label: 'Related:' } },
    ]);
    const article = articleWith({ body });
    const imported = await importText('storm.html', renderFragment(article, settings));
    expect(imported.fields).toEqual({ kicker: 'Weather', headline: 'Storm Hits the Coast', dek: 'Rivers rose overnight.', authorName: 'Asha Rao', authorBio: 'Covers the city.', dateline: 'CHENNAI', language: 'en', slug: 'storm-hits-the-coast' });
    expect(imported.publishedAt).toBe('2024-11-03T00:00:00.000Z');
    expect(withoutNulls(imported.body)).toEqual(body);
    expect(renderFragment(importedToExportArticle(imported, article.id, settings), settings)).toBe(renderFragment({ ...article, section: '', tags: [] }, settings));
  });

  it('cleans a web page: title as headline when there is no h1, scripts and styles gone', async () => {
    const imported = await importText('page.htm', '<html><head><title>Rain Report</title><style>p{}</style></head><body><nav><a href="/">Home</a></nav><p class="x" style="color:red">Text <span onclick="x()">here</span></p><script>alert(1)</script></body></html>');
    expect(imported.fields.headline).toBe('Rain Report');
    expect(withoutNulls(imported.body.content)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Home', marks: [{ type: 'link', attrs: { href: '/' } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Text here' }] },
    ]);
  });
});

describe('unreadable input', () => {
  it('refuses empty, binary, non-UTF-8, oversized and unknown files in one line', async () => {
    expect(await refusal(importText('empty.md', ''))).toBe('unreadable_input: empty.md is empty.');
    expect(await refusal(importText('blank.txt', '  \n\n '))).toBe('unreadable_input: blank.txt is empty.');
    expect(await refusal(importText('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toBe('unreadable_input: photo.md is not a text file.');
    expect(await refusal(importText('latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).toBe('unreadable_input: latin.txt is not UTF-8 text; save it as UTF-8 and import it again.');
    expect(await refusal(importText('huge.md', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61)))).toBe('unreadable_input: huge.md is too large to import (over 10 MB); Newsdesk imports articles, not archives.');
    expect(await refusal(importText('sheet.xlsx', 'x'))).toBe('unreadable_input: sheet.xlsx: Newsdesk imports .md, .txt, .docx and .html files.');
  });
});
