import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import type { ImageInfo } from '../../../electron/shared/model/image';
import { parseHtml } from '../publishing/publishingFixtures';
import { validatePages } from '../publishing/vnu';
import { memoryEngine, temporaryFolder, valueOf } from '../support/testEngine';
import { hasExiftool, makePhoto, withRevealingTags } from './photoFixtures';

const hasPandoc = existsSync('/usr/bin/pandoc');
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (image: ImageInfo, alt: string, caption = '', credit = '') => ({ type: 'figure', attrs: { image: image.id, alt, caption, credit, width: image.width, height: image.height } });

let engine: Engine;
let folder: { folder: string; remove: () => void };
let harbour: ImageInfo;
let square: ImageInfo;
let lead: ImageInfo;
let draftId: string;

beforeAll(async () => {
  engine = memoryEngine();
  folder = temporaryFolder();
  const tagged = await makePhoto(2400, 1600);
  const add = async (name: string, bytes: Uint8Array) => valueOf(await engine.call('images:add', { name, base64: Buffer.from(bytes).toString('base64') }));
  harbour = await add('harbour.jpg', hasExiftool ? withRevealingTags(tagged) : tagged);
  square = await add('square.png', await makePhoto(800, 600, 'png'));
  lead = await add('lead.webp', await makePhoto(1600, 900, 'webp'));
  const draft = valueOf(
    await engine.call('drafts:create', {
      changes: {
        headline: 'Flood defences hold',
        authorName: 'Asha Rao',
        slug: 'flood-defences-hold',
        leadImage: { id: lead.id, alt: 'The harbour at dawn', caption: 'The harbour at dawn.', credit: 'Sam Lee' },
        body: { type: 'doc', content: [paragraph('Residents worked through the night.'), figure(harbour, 'Volunteers pass sandbags', 'Sandbags on Tuesday.', 'Ana Ruiz'), paragraph('The river peaked.'), figure(square, 'The square at noon')] },
      },
    }),
  );
  draftId = draft.id;
});
afterAll(() => {
  engine.close();
  folder.remove();
});

describe('exporting an article with pictures', () => {
  it('writes the lead image in the header and each figure with sizes, srcset and lazy loading after the first', async () => {
    const { html } = valueOf(await engine.call('export:render', { id: draftId, form: 'page' }));
    const page = parseHtml(html ?? '');
    const leadFigure = page.querySelector('header.nd-header > figure.nd-figure.nd-lead');
    expect(leadFigure?.getAttribute('data-image-id')).toBe(lead.id);
    expect(leadFigure?.querySelector('img')?.hasAttribute('loading')).toBe(false);
    const bodyFigures = [...page.querySelectorAll('.nd-body > figure.nd-figure')];
    expect(bodyFigures.map((element) => element.getAttribute('data-image-id'))).toEqual([harbour.id, square.id]);
    const [first, second] = bodyFigures.map((element) => element.querySelector('img'));
    const hex = harbour.id.slice('sha256-'.length);
    expect(first?.getAttribute('src')).toBe(`images/${hex}-1024.jpg`);
    expect([first?.getAttribute('width'), first?.getAttribute('height')]).toEqual(hasExiftool ? ['1024', '1536'] : ['1024', '683']);
    expect(first?.getAttribute('srcset')).toBe(`images/${hex}-640.jpg 640w, images/${hex}-1024.jpg 1024w, images/${hex}-1600.jpg 1600w`);
    expect(first?.getAttribute('loading')).toBe('lazy');
    expect(second?.getAttribute('src')).toMatch(/-800\.png$/);
    expect(bodyFigures[0]?.querySelector('figcaption')?.innerHTML).toBe('<span class="nd-caption">Sandbags on Tuesday.</span> <span class="nd-credit">Photo: Ana Ruiz</span>');
    expect(bodyFigures[1]?.querySelector('figcaption')).toBeNull();
  });

  it('gives the page head the lead image as og:image, twitter:image (large card) and the JSON-LD image', async () => {
    valueOf(await engine.call('settings:update', { changes: { baseUrl: 'https://news.example.com' } }));
    const { html } = valueOf(await engine.call('export:render', { id: draftId, form: 'page' }));
    const page = parseHtml(html ?? '');
    const expected = `https://news.example.com/images/${lead.id.slice('sha256-'.length)}-1600.webp`;
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(expected);
    expect(page.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(expected);
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    const jsonLd: unknown = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd).toMatchObject({ image: [expected] });
    valueOf(await engine.call('settings:update', { changes: { baseUrl: '' } }));
  });

  it('points at the site’s image base URL when one is set', async () => {
    valueOf(await engine.call('settings:update', { changes: { imageBaseUrl: 'https://cdn.example.com/news' } }));
    const { html } = valueOf(await engine.call('export:render', { id: draftId, form: 'fragment' }));
    expect(html).toContain(`src="https://cdn.example.com/news/${harbour.id.slice('sha256-'.length)}-1024.jpg"`);
    expect(html).not.toContain('src="images/');
    valueOf(await engine.call('settings:update', { changes: { imageBaseUrl: '' } }));
  });

  it('is valid HTML under the Nu validator', async () => {
    const { html } = valueOf(await engine.call('export:render', { id: draftId, form: 'page' }));
    expect(validatePages({ pictures: html ?? '' })).toEqual([]);
  }, 120_000);

  it('saves the page with an images/ folder of exactly the copies it uses, none with location or device metadata', async () => {
    const target = path.join(folder.folder, 'out', 'flood.html');
    execFileSync('mkdir', ['-p', path.dirname(target)]);
    engine.context.host = { ...engine.context.host, chooseSavePath: async () => target };
    expect(valueOf(await engine.call('export:save', { id: draftId, form: 'page' })).path).toBe(target);
    const html = readFileSync(target, 'utf8');
    const referenced = new Set([...html.matchAll(/images\/([0-9a-f]{64}-\d+\.(?:jpg|png|webp))/g)].map((match) => match[1]));
    const written = readdirSync(path.join(folder.folder, 'out', 'images'));
    expect(new Set(written)).toEqual(referenced);
    for (const file of written) {
      const bytes = readFileSync(path.join(folder.folder, 'out', 'images', file));
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
      expect(bytes.includes('082024001234')).toBe(false);
      expect(bytes.includes('Canon')).toBe(false);
    }
  });

  it('stops the export when a picture is not in the store', async () => {
    const missing = `sha256-${'ab'.repeat(32)}`;
    const other = valueOf(await engine.call('drafts:create', { changes: { headline: 'Copied draft', authorName: 'A', body: { type: 'doc', content: [paragraph('Text.'), { type: 'figure', attrs: { image: missing, alt: 'x', caption: 'c', credit: 'd' } }] } } }));
    const outcome = valueOf(await engine.call('export:render', { id: other.id, form: 'page' }));
    expect(outcome.html).toBeNull();
    expect(outcome.checklist[0]).toMatchObject({ severity: 'error', code: 'image_missing', location: { blockIndex: 1 } });
  });
});

describe('importing copy with pictures', () => {
  it('takes Markdown images beside the file as figures, with the title as caption and a Photo: line as credit', async () => {
    writeFileSync(path.join(folder.folder, 'harbour.jpg'), await makePhoto(1200, 800));
    const markdown = '---\nheadline: Harbour wall holds\n---\n\nThe wall held overnight.\n\n![Sandbags on the wall](harbour.jpg "Sandbags on Tuesday.")\nPhoto: Ana Ruiz\n\n![Remote](https://example.com/x.jpg)\n\nMore copy.\n';
    const file = path.join(folder.folder, 'harbour.md');
    writeFileSync(file, markdown);
    engine.context.host = { ...engine.context.host, chooseOpenPath: async () => file };
    const imported = valueOf(await engine.call('import:file', {}));
    const blocks = (imported?.draft.body.content ?? []) as { type: string; attrs?: Record<string, unknown> }[];
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(blocks[1]?.attrs).toMatchObject({ alt: 'Sandbags on the wall', caption: 'Sandbags on Tuesday.', credit: 'Ana Ruiz', width: 1200, height: 800 });
    expect(imported?.report.droppedImages).toBe(1);
  });

  it.skipIf(!hasPandoc)('takes the pictures of a Word document as figures (docx made by /usr/bin/pandoc)', async () => {
    writeFileSync(path.join(folder.folder, 'word.png'), await makePhoto(700, 500, 'png'));
    writeFileSync(path.join(folder.folder, 'word.md'), '# River rises\n\nWater reached the bridge.\n\n![The bridge at noon](word.png)\n\nTraffic stopped.\n');
    execFileSync('/usr/bin/pandoc', ['word.md', '-o', 'word.docx'], { cwd: folder.folder });
    engine.context.host = { ...engine.context.host, chooseOpenPath: async () => path.join(folder.folder, 'word.docx') };
    const imported = valueOf(await engine.call('import:file', {}));
    const blocks = (imported?.draft.body.content ?? []) as { type: string; attrs?: Record<string, unknown> }[];
    const figures = blocks.filter((block) => block.type === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.attrs).toMatchObject({ alt: 'The bridge at noon', width: 700, height: 500 });
    expect(imported?.report.droppedImages).toBe(0);
  });
});
