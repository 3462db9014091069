import { readFileSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { renderPage } from '../../../electron/core/export/renderPage';
import { importDocument } from '../../../electron/core/import/importDocument';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { sharedFixture } from '../../sharedFixture';
import { articleWith, bodyOf } from './publishingFixtures';

/** One of DOMPurify's test vectors (many have no title). */
export type Vector = { title: string | null; payload: string };

function isVector(value: unknown): value is Vector {
  if (typeof value !== 'object' || value === null) return false;
  const { title, payload } = value as Record<string, unknown>;
  return (typeof title === 'string' || title === null) && typeof payload === 'string';
}

/** The vectors from the shared fixture; fails loudly when it is missing or changed shape. */
export function loadVectors(): Vector[] {
  const file = sharedFixture('dompurify-vectors.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const vectors: unknown[] = typeof data === 'object' && data !== null && 'vectors' in data && Array.isArray(data.vectors) ? data.vectors : [];
  const checked = vectors.filter(isVector);
  if (checked.length === 0 || checked.length !== vectors.length) throw new Error(`${file} has no usable vectors`);
  return checked;
}

const site = { ...defaultSiteSettings, baseUrl: 'https://news.example.com', publisherName: 'Example', publisherLogoUrl: 'https://news.example.com/logo.png' };

async function importedBlocks(name: string, text: string): Promise<JSONContent[]> {
  const imported = await importDocument({ name, bytes: new TextEncoder().encode(text) }, { settings: site });
  return imported.body.content ?? [];
}

/**
 * The page for one payload, placed everywhere a user's text can go: in copy imported from Markdown
 * and from HTML, as a link's address and text, as a related link's address and title, and in every
 * article field. Rendered without the checklist, so the sanitiser alone has to hold.
 */
export async function hostilePage(payload: string): Promise<string> {
  const fromMarkdown = await importedBlocks('copy.md', `---\nheadline: Safe\n---\nBefore.\n\n${payload}\n\nAlso Read: [${payload}](${payload})\n`);
  const fromHtml = await importedBlocks('copy.html', `<p>Start</p>${payload}<p>End</p>`);
  const link: JSONContent = { type: 'paragraph', content: [{ type: 'text', text: payload, marks: [{ type: 'link', attrs: { href: payload } }] }] };
  const related: JSONContent = { type: 'relatedLink', attrs: { href: payload, title: payload, label: payload } };
  const ad: JSONContent = { type: 'adSlot', attrs: { format: payload } };
  const body = bodyOf([...fromMarkdown, ...fromHtml, link, related, ad]);
  const fields = { kicker: payload, headline: payload, dek: payload, authorName: payload, authorBio: payload, dateline: payload, section: payload, tags: [payload], seoTitle: payload, seoDescription: payload, slug: payload };
  return renderPage(articleWith({ ...fields, body }), site);
}
