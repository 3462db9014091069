import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedFixture } from '../../sharedFixture';
import { Window, type Document } from 'happy-dom';
import type { ExportArticle } from '../../../electron/core/export/exportArticle';
import type { BodyJson } from '../../../electron/shared/model/draft';

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The shared reference article; fails loudly when the shared folder is missing. */
export function seedArticlePath(extension: 'md' | 'txt'): string {
  return sharedFixture(`seed-article.${extension}`);
}

/** The seed article's bytes, as an import source. */
export function seedSource(extension: 'md' | 'txt'): { name: string; bytes: Uint8Array } {
  const file = seedArticlePath(extension);
  return { name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) };
}

/** A body document from its blocks. */
export function bodyOf(content: unknown[]): BodyJson {
  return { type: 'doc', content };
}

/** A complete article for export tests; override what a test is about. */
export function articleWith(overrides: Partial<ExportArticle> = {}): ExportArticle {
  return {
    id: '7d3c2a9e-1f4b-4c8d-9e2a-5b6c7d8e9f01',
    kicker: 'Weather',
    headline: 'Storm Hits the Coast',
    dek: 'Rivers rose overnight.',
    authorName: 'Asha Rao',
    authorBio: 'Covers the city.',
    dateline: 'CHENNAI',
    section: 'India',
    tags: ['storm', 'rain'],
    language: 'en',
    seoTitle: '',
    seoDescription: '',
    slug: 'storm-hits-the-coast',
    publishedAt: '2024-11-03T00:00:00.000Z',
    updatedAt: '2024-11-03T09:30:00.000Z',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Heavy rain closed schools.' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Where the water rose' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Officials said the warning came late.' }] },
      ],
    },
    ...overrides,
  };
}

/** Parses HTML in Node (scripts off) for assertions. */
export function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The body's blocks in order: tag names, with `ad` for `div.nd-ad` and `related` for `aside.nd-related`. */
export function blockSequence(document: Document): string[] {
  return [...document.querySelectorAll('.nd-body > *')].map((element) => {
    if (element.matches('div.nd-ad')) return 'ad';
    if (element.matches('aside.nd-related')) return 'related';
    return element.tagName.toLowerCase();
  });
}

/** An article in Arabic with an English name and quote inside, and a related link to an English headline. */
export const arabicArticle: Partial<ExportArticle> = {
  language: 'ar-EG',
  kicker: 'عاجل',
  headline: 'بوتين يدعو شي إلى موسكو لتعزيز العلاقات العسكرية',
  dek: 'قال شي إن الصين ستواصل اتخاذ موقف موضوعي وعادل.',
  authorName: 'Sadaf Hasan',
  authorBio: 'مراسلة تغطي الشؤون الدولية',
  dateline: 'موسكو',
  slug: 'بوتين-يدعو-شي-إلى-موسكو',
  body: bodyOf([
    { type: 'paragraph', content: [{ type: 'text', text: 'دعا الرئيس الروسي فلاديمير بوتين يوم الجمعة نظيره الصيني.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'مؤتمر عبر الفيديو' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '“We are ready,” Putin said in English.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'الدفاع' }] }] }] },
    { type: 'relatedLink', attrs: { href: 'https://news.example.com/world/zelenskiy', title: 'Ukraine’s President Zelenskiy Attends U.S. Congress', label: 'Also Read:' } },
  ]),
};
