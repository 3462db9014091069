import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../../electron/core/export/renderFragment';
import { renderPage } from '../../../electron/core/export/renderPage';
import { exportHtml } from '../../../electron/core/export/exportHtml';
import { convertDocument } from '../../../electron/core/publishing/convertDocument';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { articleWith, blockSequence, bodyOf, parseHtml, seedSource } from './publishingFixtures';

const site = { ...defaultSiteSettings, siteName: 'The Daily Example', baseUrl: 'https://news.example.com/', publisherName: 'Example Media', publisherLogoUrl: 'https://news.example.com/logo.png' };

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  const value: unknown = JSON.parse(match?.[1] ?? 'null');
  if (typeof value !== 'object' || value === null) throw new Error('no JSON-LD');
  return { ...value };
}

describe('golden: the seed article', () => {
  it('converts to a page with the contract body order, header and dateline', async () => {
    const outcome = await convertDocument(seedSource('md'), 'page', defaultSiteSettings);
    expect(outcome.html).not.toBeNull();
    const document = parseHtml(outcome.html ?? '');
    expect(blockSequence(document)).toEqual(['p', 'h2', 'p', 'ad', 'p', 'p', 'ad', 'p', 'p', 'ad', ...Array<string>(8).fill('p'), 'related', 'ad', 'ad']);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('header.nd-header > h1.nd-headline')?.textContent).toBe('Putin Invites Xi to Moscow to Strengthen Military Ties');
    expect(document.querySelector('.nd-header > p.nd-kicker')?.textContent).toBe('Must read');
    expect(document.querySelector('.nd-header > p.nd-dek')?.textContent).toContain('“objective and fair”'.replace(/[“”]/g, '"'));
    expect(document.querySelector('.nd-header > p.nd-byline')?.innerHTML).toBe('By <span class="nd-author" dir="auto">Sadaf Hasan</span>');
    expect(document.querySelector('.nd-header > p.nd-author-bio')?.textContent).toBe('Aspiring reporter covering trending topics');
    expect(document.querySelector('.nd-header > time.nd-published')?.outerHTML).toBe('<time class="nd-published" datetime="2023-01-28">January 28, 2023</time>');
    const first = document.querySelector('.nd-body > p');
    expect(first?.firstElementChild?.outerHTML).toBe('<span class="nd-dateline">RUSSIA:</span>');
    expect(first?.textContent?.startsWith('RUSSIA: Vladimir Putin on Friday')).toBe(true);
    const slots = [...document.querySelectorAll('[data-ad-slot]')].map((element) => element.getAttribute('data-ad-slot'));
    expect(slots).toEqual(['ad-1', 'ad-2', 'ad-3', 'ad-4', 'ad-5']);
    expect(document.querySelector('div.nd-ad')?.outerHTML).toBe('<div class="nd-ad" data-ad-slot="ad-1" data-ad-format="inline" data-ad-size="300x250"><span class="nd-ad-label">Advertisement</span></div>');
    const related = document.querySelector('aside.nd-related');
    expect(related?.querySelector('.nd-related-label')?.textContent).toBe('Also Read:');
    expect(related?.querySelectorAll('a')).toHaveLength(1);
    expect(related?.querySelector('a')?.getAttribute('href')).toBe('https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid');
    expect(document.querySelector('main > article.nd-article')?.getAttribute('data-slug')).toBe('putin-invites-xi-to-moscow-to-strengthen-military-ties');
  });

  it('gives the same bytes every time', async () => {
    const first = await convertDocument(seedSource('md'), 'page', defaultSiteSettings);
    const second = await convertDocument(seedSource('md'), 'page', defaultSiteSettings);
    expect(second.html).toBe(first.html);
    expect(renderPage(articleWith(), site)).toBe(renderPage(articleWith(), site));
  });
});

describe('the page head', () => {
  it('has title, description, canonical, Open Graph, Twitter card and one NewsArticle', () => {
    const html = renderPage(articleWith({ seoTitle: 'Storm: schools shut', seoDescription: 'Schools shut as rivers rise.' }), site);
    const document = parseHtml(html);
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(document.title).toBe('Storm: schools shut');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Schools shut as rivers rise.');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.example.com/storm-hits-the-coast');
    expect(document.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://news.example.com/storm-hits-the-coast');
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(jsonLdOf(html)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Storm Hits the Coast',
      author: { '@type': 'Person', name: 'Asha Rao' },
      datePublished: '2024-11-03T00:00:00.000Z',
      dateModified: '2024-11-03T09:30:00.000Z',
      articleSection: 'India',
      keywords: 'storm, rain',
      inLanguage: 'en',
      wordCount: 14,
      publisher: { '@type': 'Organization', name: 'Example Media', logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/storm-hits-the-coast' },
    });
  });

  it('falls back to the headline and standfirst, and leaves out canonical without a base URL', () => {
    const html = renderPage(articleWith(), defaultSiteSettings);
    const document = parseHtml(html);
    expect(document.title).toBe('Storm Hits the Coast');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Rivers rose overnight.');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('meta[property="og:url"]')).toBeNull();
    expect(jsonLdOf(html)).not.toHaveProperty('publisher');
  });

  it('escapes < > & and line separators in the JSON-LD so nothing closes the script', () => {
    const headline = '</script><script>alert(1)</script> & \u2028 done';
    const html = renderPage(articleWith({ headline }), site);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonLdOf(html).headline).toBe(headline);
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('the fragment', () => {
  it('is the article element alone, with empty header fields left out', () => {
    const html = renderFragment(articleWith({ kicker: '', authorBio: '', dek: ' ', publishedAt: null }), site);
    expect(html.startsWith('<article class="nd-article" lang="en" data-newsdesk-id="7d3c2a9e-1f4b-4c8d-9e2a-5b6c7d8e9f01" data-slug="storm-hits-the-coast" dir="ltr">')).toBe(true);
    const document = parseHtml(html);
    expect([...document.querySelectorAll('header > *')].map((element) => element.className)).toEqual(['nd-headline', 'nd-byline']);
  });

  it('escapes every field', () => {
    const html = renderFragment(articleWith({ kicker: '<b>K</b>', authorName: '"Ann" <Lee>', dateline: 'PARIS<i>' }), site);
    expect(html).toContain('<p class="nd-kicker" dir="auto">&lt;b&gt;K&lt;/b&gt;</p>');
    expect(html).toContain('<span class="nd-author" dir="auto">"Ann" &lt;Lee&gt;</span>');
    expect(html).toContain('<span class="nd-dateline">PARIS&lt;i&gt;:</span>');
  });

  it('opens the first paragraph with the dateline even when a heading comes first', () => {
    const body = bodyOf([{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Top' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }] }]);
    const document = parseHtml(renderFragment(articleWith({ body, dateline: 'NEW DELHI:' }), site));
    expect(document.querySelector('.nd-body > p')?.innerHTML).toBe('<span class="nd-dateline">NEW DELHI:</span> Copy.');
  });

  it('writes links without target, with allowed schemes only', () => {
    const link = (href: string) => ({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href, target: '_blank', rel: 'nofollow' } }] });
    const body = bodyOf([{ type: 'paragraph', content: [link('https://a.example/'), { type: 'text', text: ' ' }, link('mailto:desk@example.com'), { type: 'text', text: ' ' }, link('/world/x')] }]);
    const html = renderFragment(articleWith({ body }), site);
    expect(html).toContain('<a href="https://a.example/">https://a.example/</a> <a href="mailto:desk@example.com">mailto:desk@example.com</a> <a href="/world/x">/world/x</a>');
    expect(html).not.toMatch(/target=|rel=/);
  });

  it('refuses to export when the checklist has errors, and exports with warnings', () => {
    expect(exportHtml(articleWith({ headline: '' }), site, 'page').html).toBeNull();
    const warned = exportHtml(articleWith({ authorName: '' }), site, 'fragment');
    expect(warned.checklist.map((item) => item.code)).toEqual(['author_missing']);
    expect(warned.html).toContain('<article');
  });
});

describe('headings in the body', () => {
  it('never skip a level under the h1: an h3 before the first h2 is written as h2', () => {
    const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
    const body = bodyOf([heading(3, 'First'), heading(3, 'Second'), heading(2, 'Third'), heading(3, 'Fourth')]);
    const document = parseHtml(renderFragment(articleWith({ body, dateline: '' }), site));
    expect([...document.querySelectorAll('.nd-body > *')].map((element) => element.tagName.toLowerCase())).toEqual(['h2', 'h3', 'h2', 'h3']);
  });
});
