import { adPlacementWarnings } from '../editor/adPlacementWarnings';
import { safeUrl } from '../editor/safeUrl';
import type { AdRules } from '../model/settings';
import { bodyBlocks, nodeText, textAttr, visitNodes, type BodyNode } from '../model/bodyNodes';
import { isSuggestionMarkName } from '../editor/suggestions/suggestionMarks';
import { checklistFields, type ChecklistField, type ChecklistItem } from './checklistItem';

/** Length limits the website's templates and search engines live with. */
export const checklistLimits = { headline: 70, seoTitle: 60, seoDescription: 160 } as const;

/** The article as the checklist sees it: its text fields and its body. */
export type ChecklistArticle = { [F in Exclude<ChecklistField, 'leadImage'>]?: F extends 'tags' ? string[] : string } & {
  body: unknown;
  leadImage?: { alt: string; caption: string; credit: string } | null;
};

export type ChecklistOptions = {
  /** The site's ad-placement rules; hand-placed ads that break them are warned about. */
  adRules?: AdRules;
  /** Ids of the draft's open comment threads (they live beside the body); each open thread is a warning's worth. */
  openThreads?: readonly string[];
};

function placementItems(body: unknown, rules: AdRules | undefined): ChecklistItem[] {
  if (rules === undefined || typeof body !== 'object' || body === null || !('type' in body) || body.type !== 'doc') return [];
  const content = 'content' in body && Array.isArray(body.content) ? body.content : [];
  return adPlacementWarnings({ type: 'doc', content }, rules).map((warning) => ({
    severity: 'warning',
    code: 'ad_placement',
    message: warning.message,
    location: { blockIndex: warning.blockIndex },
  }));
}

const TK_PATTERN = /(^|[^\p{L}\p{N}_])TK(?![\p{L}\p{N}_])/u;
const fieldNames: Record<ChecklistField, string> = {
  kicker: 'kicker',
  headline: 'headline',
  dek: 'standfirst',
  authorName: 'author',
  authorBio: 'author bio',
  dateline: 'dateline',
  section: 'section',
  tags: 'tags',
  slug: 'slug',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  leadImage: 'lead image',
};

function fieldText(article: ChecklistArticle, field: ChecklistField): string {
  const value = field === 'leadImage' ? article.leadImage?.caption : article[field];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

function checkFields(article: ChecklistArticle): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const headline = fieldText(article, 'headline').trim();
  if (headline === '') {
    items.push({ severity: 'error', code: 'headline_missing', message: 'The article has no headline.', location: { field: 'headline' } });
  }
  if (fieldText(article, 'authorName').trim() === '') {
    items.push({ severity: 'warning', code: 'author_missing', message: 'The article has no author.', location: { field: 'authorName' } });
  }
  for (const field of ['headline', 'seoTitle', 'seoDescription'] as const) {
    const length = [...fieldText(article, field).trim()].length;
    const limit = checklistLimits[field];
    if (length > limit) {
      const message = `The ${fieldNames[field]} is ${length} characters long; keep it to ${limit}.`;
      items.push({ severity: 'warning', code: `${field}_too_long`, message, location: { field } });
    }
  }
  for (const field of checklistFields) {
    if (TK_PATTERN.test(fieldText(article, field))) {
      const message = `The ${fieldNames[field]} still has a TK placeholder.`;
      items.push({ severity: 'warning', code: 'tk_placeholder', message, location: { field } });
    }
  }
  return items;
}

function checkRelated(block: BodyNode, blockIndex: number): ChecklistItem[] {
  const title = textAttr(block.attrs, 'title').trim() || 'without a title';
  const href = textAttr(block.attrs, 'href').trim();
  if (href === '') {
    const message = `The related link "${title}" has no URL: it was not found in the catalog.`;
    return [{ severity: 'error', code: 'related_unresolved', message, location: { blockIndex } }];
  }
  if (safeUrl(href, 'related') === null) {
    const message = `The related link "${title}" has a URL that is not a web page address.`;
    return [{ severity: 'error', code: 'related_bad_url', message, location: { blockIndex } }];
  }
  return [];
}

function linksIn(block: BodyNode): string[] {
  if (block.type === 'relatedLink') return [textAttr(block.attrs, 'href').trim()].filter((href) => href !== '');
  const hrefs: string[] = [];
  visitNodes(block, (node) => {
    for (const mark of node.marks) if (mark.type === 'link') hrefs.push(textAttr(mark.attrs, 'href').trim());
  });
  return hrefs;
}

/** A picture without alt text is an error (readers who cannot see it get nothing); without caption or credit, a warning. */
export function checkPicture(attrs: Record<string, unknown>, location: ChecklistItem['location'], what: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (textAttr(attrs, 'alt').trim() === '') {
    items.push({ severity: 'error', code: 'image_alt_missing', message: `${what} has no alt text: describe it for readers who cannot see it.`, location });
  }
  if (textAttr(attrs, 'caption').trim() === '') {
    items.push({ severity: 'warning', code: 'image_caption_missing', message: `${what} has no caption.`, location });
  }
  if (textAttr(attrs, 'credit').trim() === '') {
    items.push({ severity: 'warning', code: 'image_credit_missing', message: `${what} has no credit: name the photographer or agency.`, location });
  }
  return items;
}

function checkBlock(block: BodyNode, blockIndex: number, seenLinks: Set<string>): ChecklistItem[] {
  const items: ChecklistItem[] = block.type === 'relatedLink' ? checkRelated(block, blockIndex) : [];
  if (block.type === 'figure') items.push(...checkPicture(block.attrs, { blockIndex }, 'A picture'));
  const text = nodeText(block);
  if (block.type === 'paragraph' && text.trim() === '') {
    items.push({ severity: 'warning', code: 'empty_paragraph', message: 'An empty paragraph.', location: { blockIndex } });
  }
  if (block.type !== 'adSlot' && TK_PATTERN.test(text)) {
    items.push({ severity: 'warning', code: 'tk_placeholder', message: 'A TK placeholder is left in the copy.', location: { blockIndex } });
  }
  for (const href of linksIn(block)) {
    if (block.type !== 'relatedLink' && safeUrl(href, 'link') === null) {
      const shown = href === '' ? 'an empty address' : `"${href.slice(0, 80)}"`;
      const message = `A link points to ${shown}; only http, https, mailto and tel links are allowed.`;
      items.push({ severity: 'error', code: 'link_bad_scheme', message, location: { blockIndex } });
      continue;
    }
    if (seenLinks.has(href)) {
      items.push({ severity: 'warning', code: 'duplicate_link', message: `The link to ${href.slice(0, 120)} appears more than once.`, location: { blockIndex } });
    }
    seenLinks.add(href);
  }
  return items;
}

/** An h3 before any h2 skips a level under the page's h1; export writes it as h2, so say so. */
function headingItems(blocks: readonly BodyNode[]): ChecklistItem[] {
  const firstSubheading = blocks.findIndex((block) => block.type === 'heading' && (block.attrs.level === 2 || block.attrs.level === 3));
  const block = blocks[firstSubheading];
  if (block === undefined || block.attrs.level !== 3) return [];
  const message = 'This level-3 subheading comes before any level-2 one; the website will get it as a level-2 subheading.';
  return [{ severity: 'warning', code: 'heading_skips_level', message, location: { blockIndex: firstSubheading } }];
}

/** Pending suggested edits are an error: the website would get the text as it was before them. */
function suggestionItems(blocks: readonly BodyNode[]): ChecklistItem[] {
  const ids = new Set<string>();
  let firstBlock = -1;
  blocks.forEach((block, blockIndex) => {
    const note = (node: BodyNode): void => {
      for (const mark of node.marks) {
        if (!isSuggestionMarkName(mark.type)) continue;
        ids.add(String(mark.attrs.id));
        if (firstBlock === -1) firstBlock = blockIndex;
      }
    };
    note(block);
    visitNodes(block, note);
  });
  if (ids.size === 0) return [];
  const message = ids.size === 1 ? '1 suggested edit is waiting: accept or reject it.' : `${ids.size} suggested edits are waiting: accept or reject them.`;
  return [{ severity: 'error', code: 'suggestions_pending', message, location: { blockIndex: firstBlock } }];
}

/** Open comment threads are a warning: someone asked something the copy may not answer yet. */
function openThreadItems(blocks: readonly BodyNode[], openThreads: readonly string[] | undefined): ChecklistItem[] {
  if (openThreads === undefined || openThreads.length === 0) return [];
  const open = new Set(openThreads);
  let firstBlock = -1;
  blocks.forEach((block, blockIndex) => {
    if (firstBlock !== -1) return;
    const note = (node: BodyNode): void => {
      if (firstBlock === -1 && node.marks.some((mark) => mark.type === 'comment' && open.has(String(mark.attrs.thread)))) firstBlock = blockIndex;
    };
    note(block);
    visitNodes(block, note);
  });
  const count = open.size;
  const message = count === 1 ? '1 comment thread is open: resolve it before publishing.' : `${count} comment threads are open: resolve them before publishing.`;
  return [{ severity: 'warning', code: 'comments_open', message, location: { blockIndex: Math.max(firstBlock, 0) } }];
}

/**
 * The pre-publish checklist: what the website would get wrong or readers would notice. Pure, so the
 * editor panel, the export and the command line give the same answers. Errors come first.
 */
export function checkDraft(article: ChecklistArticle, options: ChecklistOptions = {}): ChecklistItem[] {
  const seenLinks = new Set<string>();
  const blocks = bodyBlocks(article.body);
  // An article with no copy at all is one finding, not "an empty paragraph" for the editor's blank line.
  const noCopy = blocks.every((block) => block.type === 'paragraph' && nodeText(block).trim() === '');
  const bodyItems = noCopy
    ? [{ severity: 'warning' as const, code: 'empty_body', message: 'The article has no body text yet.', location: { blockIndex: 0 } }]
    : blocks.flatMap((block, index) => checkBlock(block, index, seenLinks));
  const lead = article.leadImage ? checkPicture(article.leadImage, { field: 'leadImage' }, 'The lead image') : [];
  const items = [...checkFields(article), ...lead, ...bodyItems, ...suggestionItems(blocks), ...openThreadItems(blocks, options.openThreads), ...headingItems(blocks), ...placementItems(article.body, options.adRules)];
  return [...items.filter((item) => item.severity === 'error'), ...items.filter((item) => item.severity === 'warning')];
}

/** True when the checklist lets the article be exported. */
export function checklistPasses(items: readonly ChecklistItem[]): boolean {
  return items.every((item) => item.severity !== 'error');
}
