import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../electron/core/export/renderPage';
import { importDocument } from '../../../electron/core/import/importDocument';
import { convertDocument, importedToExportArticle } from '../../../electron/core/publishing/convertDocument';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { buildDocx } from './docxFixture';
import { arabicArticle, articleWith, bodyOf, seedSource } from './publishingFixtures';
import { validatePages } from './vnu';

const site = { ...defaultSiteSettings, siteName: 'The Daily Example', baseUrl: 'https://news.example.com', publisherName: 'Example Media', publisherLogoUrl: 'https://news.example.com/logo.png' };
const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

const richBody = bodyOf([
    paragraph(text('Bold', [{ type: 'bold' }]), text(' and '), text('italic', [{ type: 'italic' }]), { type: 'hardBreak' }, text('a link', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }]), text(' and '), text('mail', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }])),
    { type: 'heading', attrs: { level: 3 }, content: [text('A smaller heading')] },
    { type: 'blockquote', content: [paragraph(text('“A quote,” she said.'))] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('One'))] }, { type: 'listItem', content: [paragraph(text('Two'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('Three'))] }] },
    { type: 'adSlot', attrs: { format: 'native' } },
    { type: 'paragraph' },
    { type: 'relatedLink', attrs: { href: '/world/other', title: 'Other <story> & more', label: 'Read more:' } },
]);

async function testPages(): Promise<Record<string, string>> {
  const seed = await convertDocument(seedSource('md'), 'page', site);
  const seedText = await importDocument(seedSource('txt'), { settings: site });
  const docx = await importDocument({ name: 'storm.docx', bytes: buildDocx() }, { settings: site });
  const hostile = '"><script>alert(1)</script><!-- </title></head> \u2028 & é 中文';
  return {
    seed: seed.html ?? '',
    'seed-text': renderPage(importedToExportArticle(seedText, '0f0e0d0c-0b0a-4908-8706-050403020100', site), site),
    docx: renderPage(importedToExportArticle(docx, '1f0e0d0c-0b0a-4908-8706-050403020100', site), site),
    complete: renderPage(articleWith(), site),
    rich: renderPage(articleWith({ body: richBody, seoTitle: 'SEO', seoDescription: 'Desc' }), site),
    minimal: renderPage(articleWith({ kicker: '', dek: '', authorName: '', authorBio: '', dateline: '', section: '', tags: [], publishedAt: null, updatedAt: null, slug: '' }), defaultSiteSettings),
    'empty-body': renderPage(articleWith({ body: bodyOf([]), dateline: '' }), site),
    'dateline-only': renderPage(articleWith({ body: bodyOf([]) }), site),
    hostile: renderPage(articleWith({ kicker: hostile, headline: hostile, dek: hostile, authorName: hostile, authorBio: hostile, dateline: hostile, section: hostile, tags: [hostile], seoTitle: hostile, seoDescription: hostile }), site),
    language: renderPage(articleWith({ language: 'pt-BR', headline: 'Tempestade atinge a costa' }), site),
    arabic: renderPage(articleWith(arabicArticle), site),
  };
}

describe('the W3C Nu validator', () => {
  it('finds no errors in the page of any test article (and does find them in a broken control page)', async () => {
    const pages = await testPages();
    expect(Object.values(pages).every((html) => html.startsWith('<!doctype html>'))).toBe(true);
    const control = '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad</p></body></html>';
    const errors = validatePages({ ...pages, 'broken-control': control });
    expect(errors.filter((error) => error.page !== 'broken-control.html')).toEqual([]);
    expect(errors.filter((error) => error.page === 'broken-control.html').length).toBeGreaterThan(0);
  }, 120_000);
});
