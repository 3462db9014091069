import { generateHTML, generateJSON } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';

const editor = articleExtensions({ output: 'editor' });
const exported = articleExtensions({ output: 'export' });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const adNode = (attrs: Record<string, unknown>) => ({ type: 'adSlot', attrs });
const relatedNode = (attrs: Record<string, unknown>) => ({ type: 'relatedLink', attrs });
const toHtml = (json: object, extensions = editor) => generateHTML(json, extensions);
const fromHtml = (html: string, extensions = editor) => generateJSON(html, extensions);
const roundTrip = (json: object) => fromHtml(toHtml(json));
const firstAttrs = (json: { content?: { attrs?: Record<string, unknown> }[] }) => json.content?.[0]?.attrs;

describe('ad slot node', () => {
  it('round-trips JSON -> HTML -> JSON in the editor, format and placement kept', () => {
    for (const format of ['inline', 'leaderboard', 'native']) {
      for (const placement of ['manual', 'auto']) {
        const json = doc(adNode({ format, placement, slot: null, size: null }), { type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }] });
        expect(roundTrip(json)).toEqual(json);
      }
    }
  });

  it('writes the contract markup on export: slot, format, size and only its label', () => {
    const html = toHtml(doc(adNode({ format: 'leaderboard', placement: 'auto', slot: 'ad-2', size: '728x90' })), exported);
    expect(html).toBe('<div class="nd-ad" data-ad-slot="ad-2" data-ad-format="leaderboard" data-ad-size="728x90"><span class="nd-ad-label">Advertisement</span></div>');
  });

  it('reads the website markup back as a hand-placed ad of that format', () => {
    const json = fromHtml('<div class="nd-ad" data-ad-slot="ad-1" data-ad-format="native" data-ad-size="fluid"><span class="nd-ad-label">Advertisement</span></div>');
    expect(firstAttrs(json)).toEqual({ format: 'native', placement: 'manual', slot: null, size: null });
  });

  it('falls back to the first known format for unknown or hostile formats', () => {
    for (const format of ['popunder', 'INLINE', '"><script>alert(1)</script>', 'x'.repeat(500), '']) {
      const html = toHtml(doc(adNode({ format, placement: 'manual' })));
      expect(html).toContain('data-ad-format="inline"');
      expect(firstAttrs(fromHtml(`<div class="nd-ad" data-ad-format='${format.replace(/'/g, '')}'></div>`))?.format).toBe('inline');
    }
  });

  it('keeps only formats the site knows when the site has its own list', () => {
    const site = articleExtensions({ output: 'editor', adFormats: ['mpu', 'billboard'] });
    expect(firstAttrs(generateJSON('<div class="nd-ad" data-ad-format="billboard"></div>', site))?.format).toBe('billboard');
    expect(firstAttrs(generateJSON('<div class="nd-ad" data-ad-format="inline"></div>', site))?.format).toBe('mpu');
  });

  it('drops unknown attributes, event handlers, styles and content', () => {
    const html = toHtml(fromHtml('<div class="nd-ad evil" data-ad-format="inline" onclick="alert(1)" style="display:none" data-tracking="x" id="ad"><img src=x onerror=alert(1)>Buy now</div>'));
    expect(html).toBe('<div class="nd-ad" data-ad-format="inline" data-ad-placement="manual"><span class="nd-ad-label">Advertisement</span></div>');
  });

  it('never writes a slot or size that is not in the contract form', () => {
    const html = toHtml(doc(adNode({ format: 'inline', slot: 'ad-1" onmouseover="x', size: '300x250; background:url(x)' })), exported);
    expect(html).toBe('<div class="nd-ad" data-ad-format="inline"><span class="nd-ad-label">Advertisement</span></div>');
  });
});

describe('related link node', () => {
  const link = { href: 'https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid', title: 'Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid', label: 'Also Read:' };

  it('round-trips JSON -> HTML -> JSON with its label, headline and URL', () => {
    for (const label of ['Also Read:', 'Related:', 'Read more:']) {
      const json = doc(relatedNode({ ...link, label }));
      expect(roundTrip(json)).toEqual(json);
    }
    const relative = doc(relatedNode({ ...link, href: '/world/zelenskiy' }));
    expect(roundTrip(relative)).toEqual(relative);
  });

  it('writes the contract markup: an aside with its label and exactly one link', () => {
    expect(toHtml(doc(relatedNode(link)), exported)).toBe(
      '<aside class="nd-related"><span class="nd-related-label">Also Read:</span><a href="https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid" dir="auto">Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid</a></aside>',
    );
  });

  it('refuses javascript:, data:, vbscript:, file: and protocol-relative URLs', () => {
    const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example.net/x', '/\\evil.example.net', 'mailto:desk@example.com'];
    for (const href of hostile) {
      expect(toHtml(doc(relatedNode({ ...link, href })))).not.toContain('href=');
      const parsed = fromHtml(`<aside class="nd-related"><span class="nd-related-label">Also Read:</span><a href="${href.replace(/"/g, '&quot;')}">Headline</a></aside>`);
      expect(firstAttrs(parsed)?.href).toBe('');
    }
  });

  it('caps oversized headlines and refuses oversized labels', () => {
    const json = fromHtml(`<aside class="nd-related"><span class="nd-related-label">${'L'.repeat(200)}</span><a href="https://a.example/x" dir="auto">${'T'.repeat(5000)}</a></aside>`);
    expect(String(firstAttrs(json)?.title)).toHaveLength(300);
    expect(firstAttrs(json)?.label).toBe('Also Read:');
  });

  it('escapes a headline that looks like markup and ignores extra attributes', () => {
    const html = toHtml(fromHtml('<aside class="nd-related" onclick="x" style="color:red"><span class="nd-related-label">Related:</span><a href="https://a.example/x" target="_blank" onclick="y">&lt;img src=x onerror=alert(1)&gt; Headline</a></aside>'));
    expect(html).toBe('<aside class="nd-related"><span class="nd-related-label">Related:</span><a href="https://a.example/x" dir="auto">&lt;img src=x onerror=alert(1)&gt; Headline</a></aside>');
  });

  it('renders a link with no usable URL without an href, so export can name it as unresolved', () => {
    expect(toHtml(doc(relatedNode({ href: '', title: 'Headline only', label: 'Also Read:' })))).toBe(
      '<aside class="nd-related"><span class="nd-related-label">Also Read:</span><a dir="auto">Headline only</a></aside>',
    );
  });
});
