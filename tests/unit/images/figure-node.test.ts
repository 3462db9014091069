import type { JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from '../../../electron/shared/editor/articleExtensions';
import { checkDraft } from '../../../electron/shared/checklist/checkDraft';
import { articleSchemaProblem } from '../../../electron/core/drafts/articleSchemaCheck';

const editor = articleExtensions({ output: 'editor' });
const exported = articleExtensions({ output: 'export' });
const id = `sha256-${'3f2a'.repeat(16)}`;
const hex = id.slice('sha256-'.length);
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
const stored = { image: id, alt: 'Volunteers on the harbour wall', caption: 'Residents fill sandbags on Tuesday.', credit: 'Ana Ruiz', width: 1800, height: 1200 };
const exportOnly = { src: null, srcset: null, exportWidth: null, exportHeight: null, lazy: false, lead: false };
const figure = (attrs: Record<string, unknown>) => ({ type: 'figure', attrs });
const firstAttrs = (json: { content?: { attrs?: Record<string, unknown> }[] }) => json.content?.[0]?.attrs;

describe('figure node', () => {
  it('round-trips JSON -> HTML -> JSON in the editor: picture, alt, caption, credit and size kept', () => {
    const json = doc(figure({ ...stored, ...exportOnly }), { type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }] });
    expect(generateJSON(generateHTML(json, editor), editor)).toEqual(json);
  });

  it('shows the stored copy through the app (images/<hex>-1024), never a path or data URL', () => {
    const html = generateHTML(doc(figure(stored)), editor);
    expect(html).toContain(`<img src="images/${hex}-1024" alt="Volunteers on the harbour wall" width="1800" height="1200">`);
    expect(html).toContain('<figcaption><span class="nd-caption">Residents fill sandbags on Tuesday.</span> <span class="nd-credit">Photo: Ana Ruiz</span></figcaption>');
  });

  it('writes the contract markup on export: src, size, srcset, sizes, lazy, figcaption', () => {
    const srcset = `images/${hex}-640.jpg 640w, images/${hex}-1024.jpg 1024w`;
    const html = generateHTML(doc(figure({ ...stored, src: `images/${hex}-1024.jpg`, srcset, exportWidth: 1024, exportHeight: 683, lazy: true })), exported);
    expect(html).toBe(
      `<figure class="nd-figure" data-image-id="${id}"><img src="images/${hex}-1024.jpg" alt="Volunteers on the harbour wall" width="1024" height="683" loading="lazy" decoding="async" srcset="${srcset}" sizes="(max-width: 700px) 100vw, 700px">` +
        '<figcaption><span class="nd-caption">Residents fill sandbags on Tuesday.</span> <span class="nd-credit">Photo: Ana Ruiz</span></figcaption></figure>',
    );
  });

  it('leaves figcaption out when there is neither caption nor credit, and keeps a credit that names its kind', () => {
    expect(generateHTML(doc(figure({ ...stored, caption: '', credit: '' })), editor)).not.toContain('figcaption');
    expect(generateHTML(doc(figure({ ...stored, caption: '', credit: 'Illustration: Sam Lee' })), editor)).toContain('<span class="nd-credit">Illustration: Sam Lee</span>');
  });

  it('refuses hostile input: javascript:, data: and file: sources, bad ids, markup in words, unknown attributes, oversized values', () => {
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', '//evil.example/x.jpg', 'images/../../secret.jpg']) {
      const html = generateHTML(doc(figure({ ...stored, src, exportWidth: 1024, exportHeight: 683 })), exported);
      expect(html).not.toContain('<img');
    }
    const badSrcset = generateHTML(doc(figure({ ...stored, src: `images/${hex}-1024.jpg`, srcset: 'javascript:alert(1) 640w', exportWidth: 1024, exportHeight: 683 })), exported);
    expect(badSrcset).not.toContain('srcset');
    expect(JSON.stringify(generateJSON(`<figure class="nd-figure" data-image-id="sha256-../../x"><img src="x.jpg" alt="x"></figure>`, editor))).not.toContain('"figure"');
    const hostile = generateJSON(
      `<figure class="nd-figure" data-image-id="${id}" onclick="alert(1)" style="x"><img src="javascript:alert(1)" alt="${'a'.repeat(900)}" onerror="alert(1)" width="99999999"><figcaption><span class="nd-caption"><script>alert(1)</script>Caption</span><span class="nd-credit">Photo: <b>Ana</b></span></figcaption></figure>`,
      editor,
    );
    expect(firstAttrs(hostile)).toMatchObject({ image: id, caption: 'alert(1)Caption', credit: 'Ana', width: null });
    expect(String(firstAttrs(hostile)?.alt)).toHaveLength(500);
    const html = generateHTML(hostile, editor);
    expect(html).not.toMatch(/onclick|onerror|style=|javascript:|<script/);
  });
});

describe('the checklist on pictures', () => {
  const article = (attrs: Record<string, unknown>) => ({ headline: 'Storm', authorName: 'Asha Rao', body: doc({ type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }] }, figure(attrs)) });

  it('makes a picture without alt text an error, and one without caption or credit a warning', () => {
    const items = checkDraft(article({ ...stored, alt: ' ', caption: '', credit: '' }));
    expect(items.map((item) => [item.severity, item.code, item.location])).toEqual([
      ['error', 'image_alt_missing', { blockIndex: 1 }],
      ['warning', 'image_caption_missing', { blockIndex: 1 }],
      ['warning', 'image_credit_missing', { blockIndex: 1 }],
    ]);
    expect(checkDraft(article(stored))).toEqual([]);
  });

  it('checks the lead image the same way, pointing at its field', () => {
    const leadImage = { id, alt: '', caption: 'Caption', credit: 'Ana Ruiz' };
    const items = checkDraft({ ...article(stored), leadImage });
    expect(items).toEqual([{ severity: 'error', code: 'image_alt_missing', message: 'The lead image has no alt text: describe it for readers who cannot see it.', location: { field: 'leadImage' } }]);
  });

  it('passes the store’s schema check, which refuses a figure whose attributes are of the wrong kind', () => {
    expect(articleSchemaProblem(doc(figure(stored), { type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }] }))).toBeNull();
    expect(articleSchemaProblem(doc(figure({ ...stored, width: '1800' })))).toBe('a block has an attribute value it cannot hold');
    expect(articleSchemaProblem(doc(figure({ ...stored, image: 42 })))).toBe('a block has an attribute value it cannot hold');
    expect(articleSchemaProblem(doc(figure({ ...stored, alt: ['x'] })))).toBe('a picture has a "alt" that is not text');
    expect(articleSchemaProblem(doc(figure({ ...stored, path: '/etc/passwd' })))).toBe('a picture has an attribute "path" it cannot hold');
  });
});
