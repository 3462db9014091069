import type { JSONContent } from '@tiptap/core';
import type { SiteSettings } from '../../shared/model/settings';
import { AD_LINE } from './markdownToHtml';
import type { RelatedLookup } from './importedArticle';

/** `RUSSIA:`, `NEW DELHI:`, `ST. JOHN'S:` at the very start of the first paragraph. */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .,'’&-]{0,48}\p{Lu}\.?):\s+/u;

export type ConventionOptions = {
  settings: SiteSettings;
  lookupRelated?: RelatedLookup;
  /** The dateline from front matter; when set, the first paragraph is left alone. */
  dateline: string;
};

export type ConventionResult = { body: JSONContent; dateline: string; unresolvedRelated: string[] };

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

function adSlot(settings: SiteSettings): JSONContent {
  const formats = settings.adFormats.map((format) => format.id);
  const format = formats.includes(settings.adRules.defaultFormat) ? settings.adRules.defaultFormat : (formats[0] ?? 'inline');
  return { type: 'adSlot', attrs: { format, placement: 'manual' } };
}

function isAdBlock(block: JSONContent): boolean {
  if (block.type === 'paragraph') return AD_LINE.test(textOf(block));
  const items = block.content ?? [];
  return block.type === 'bulletList' && items.length === 1 && items[0] !== undefined && AD_LINE.test(`- ${textOf(items[0])}`);
}

function relatedLink(block: JSONContent, options: ConventionOptions, unresolved: string[]): JSONContent | null {
  if (block.type !== 'paragraph') return null;
  const text = textOf(block).trim();
  const label = options.settings.relatedLabels.find((candidate) => text.toLowerCase().startsWith(candidate.toLowerCase()));
  if (label === undefined) return null;
  const rest = text.slice(label.length).trim();
  const links = (block.content ?? []).filter((node) => node.marks?.some((mark) => mark.type === 'link'));
  const hrefs = new Set(links.map((node) => String(node.marks?.find((mark) => mark.type === 'link')?.attrs?.href ?? '')));
  if (links.length > 0) {
    const title = links.map(textOf).join('').trim();
    const [href] = [...hrefs];
    if (hrefs.size !== 1 || title !== rest || href === undefined) return null;
    return { type: 'relatedLink', attrs: { href, title, label } };
  }
  if (rest === '') return null;
  const found = options.lookupRelated?.(rest) ?? null;
  if (found === null) unresolved.push(rest);
  return { type: 'relatedLink', attrs: { href: found?.href ?? '', title: found?.title ?? rest, label } };
}

function takeDateline(paragraph: JSONContent): string {
  const match = DATELINE.exec(textOf(paragraph));
  if (!match?.[1]) return '';
  let remaining = match[0].length;
  const content: JSONContent[] = [];
  for (const node of paragraph.content ?? []) {
    const text = node.type === 'text' ? (node.text ?? '') : '';
    if (remaining > 0 && text.length <= remaining && node.type === 'text') {
      remaining -= text.length;
      continue;
    }
    if (remaining > 0 && node.type === 'text') {
      content.push({ ...node, text: text.slice(remaining) });
      remaining = 0;
      continue;
    }
    content.push(node);
  }
  paragraph.content = content;
  return match[1];
}

const CREDIT_LINE = /^\s*(?:photo|credit)\s*:\s*(\S.{0,200})$/i;

/** `Photo: NAME` or `Credit: NAME` on the line after a figure is its credit (the contract's copy convention). */
function takeCredits(blocks: JSONContent[]): JSONContent[] {
  const kept: JSONContent[] = [];
  for (const block of blocks) {
    const previous = kept[kept.length - 1];
    const credit = block.type === 'paragraph' ? CREDIT_LINE.exec(textOf(block)) : null;
    if (previous?.type === 'figure' && credit?.[1] !== undefined && !previous.attrs?.credit) {
      previous.attrs = { ...previous.attrs, credit: credit[1].trim() };
      continue;
    }
    kept.push(block);
  }
  return kept;
}

/**
 * Applies the copy conventions of the contract to an imported body: ad lines become ad slots,
 * `Also Read:` / `Related:` / `Read more:` paragraphs become related links (looked up in the catalog
 * when they carry no link), a `Photo:` line after a figure becomes its credit, and an upper-case place and colon opening the first paragraph becomes
 * the dateline unless one was given.
 */
export function applyArticleConventions(body: JSONContent, options: ConventionOptions): ConventionResult {
  const unresolvedRelated: string[] = [];
  const blocks = takeCredits(
    (body.content ?? []).map((block) => {
      if (isAdBlock(block)) return adSlot(options.settings);
      return relatedLink(block, options, unresolvedRelated) ?? block;
    }),
  );
  let dateline = options.dateline;
  const first = blocks[0];
  if (dateline === '' && first?.type === 'paragraph') dateline = takeDateline(first);
  return { body: { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] }, dateline, unresolvedRelated };
}
