import { safeUrl } from '../editor/safeUrl';
import { attributeOf, childrenOf, COMMENT_NODE, ELEMENT_NODE, findDescendant, styleValue, tagOf, TEXT_NODE, type HtmlParser, type PasteNode } from './pasteDom';
import { keptFigure, storedFigure, webFigure, type PictureSources } from './pastedImages';
import { isWordListParagraph, wordListMarker, wordListPosition } from './wordLists';
import { escapeHtml } from '../model/escapeHtml';

/** A link that was taken out because its scheme is not allowed; its text stays in the copy. */
export type RemovedLink = { text: string; href: string };

/** What cleanup took out that the user may want to know about. */
export type PasteReport = { removedLinks: RemovedLink[]; droppedImages: number };

/** What a cleanup walk carries: the report it fills and the pictures already stored for it. */
type Walk = PasteReport & { pictures?: PictureSources };

/** Clean HTML made only of the article's blocks and marks, and what was taken out. */
export type CleanedHtml = PasteReport & { html: string };

type Piece = { html: string; block: boolean };

const DROPPED = new Set(['script', 'style', 'head', 'title', 'meta', 'link', 'base', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'option', 'math', 'map', 'source', 'track', 'xml', 'hr', 'sdfield']);
const IMAGES = new Set(['img', 'picture', 'svg', 'video', 'audio', 'canvas', 'image']);
const HEADINGS: Record<string, string> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3' };
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'th', 'figcaption', 'dt', 'dd', 'address', 'caption']);
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'figure', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'body', 'center', 'dl', 'nav', 'aside']);
const BOLD = new Set(['strong', 'b']);
const ITALIC = new Set(['em', 'i', 'cite', 'dfn', 'var']);

function hasClass(node: PasteNode, name: string): boolean {
  return attributeOf(node, 'class').split(/\s+/).includes(name);
}

function isBlank(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|[\s\u00a0\u200b\ufeff]/g, '') === '';
}

function blockContent(pieces: Piece[]): string {
  let html = '';
  let run = '';
  const flush = () => {
    if (!isBlank(run)) html += `<p>${run.trim()}</p>`;
    run = '';
  };
  for (const piece of pieces) {
    if (piece.block) {
      flush();
      html += piece.html;
    } else run += piece.html;
  }
  flush();
  return html;
}

function wrapBlock(tag: string, inner: string): Piece[] {
  return isBlank(inner) ? [] : [{ html: `<${tag}>${inner.trim()}</${tag}>`, block: true }];
}

function wrapInline(tag: string, pieces: Piece[]): Piece[] {
  const inner = pieces.map((piece) => piece.html).join('');
  if (pieces.some((piece) => piece.block) || isBlank(inner)) return pieces;
  return [{ html: `<${tag}>${inner}</${tag}>`, block: false }];
}

function convertLink(node: PasteNode, report: Walk): Piece[] {
  const pieces = convertChildren(node, report);
  const raw = attributeOf(node, 'href').trim();
  const href = safeUrl(raw, 'link');
  if (href === null) {
    if (raw !== '' && !raw.startsWith('#')) report.removedLinks.push({ text: (node.textContent ?? '').trim(), href: raw.slice(0, 300) });
    return pieces;
  }
  const inner = pieces.map((piece) => piece.html).join('');
  if (pieces.some((piece) => piece.block) || isBlank(inner)) return pieces;
  return [{ html: `<a href="${escapeHtml(href)}">${inner}</a>`, block: false }];
}

function convertRelated(node: PasteNode, report: Walk): Piece[] {
  const label = findDescendant(node, (candidate) => hasClass(candidate, 'nd-related-label'))?.textContent ?? '';
  const anchor = findDescendant(node, (candidate) => tagOf(candidate) === 'a');
  const raw = anchor ? attributeOf(anchor, 'href').trim() : '';
  const href = safeUrl(raw, 'related');
  const title = (anchor?.textContent ?? '').trim();
  if (href === null && raw !== '') report.removedLinks.push({ text: title, href: raw.slice(0, 300) });
  const link = href === null ? `<a>${escapeHtml(title)}</a>` : `<a href="${escapeHtml(href)}">${escapeHtml(title)}</a>`;
  return [{ html: `<aside class="nd-related"><span class="nd-related-label">${escapeHtml(label.trim())}</span>${link}</aside>`, block: true }];
}

function convertAd(node: PasteNode): Piece[] {
  const format = attributeOf(node, 'data-ad-format');
  const formatAttribute = /^[a-z][a-z0-9-]{0,39}$/.test(format) ? ` data-ad-format="${format}"` : '';
  return [{ html: `<div class="nd-ad"${formatAttribute}></div>`, block: true }];
}

function convertList(node: PasteNode, report: Walk): Piece[] {
  const items = childrenOf(node).flatMap((child) => {
    if (child.nodeType === ELEMENT_NODE && tagOf(child) === 'li') return convertNode(child, report);
    const pieces = convertNode(child, report);
    return pieces.length === 0 || isBlank(pieces.map((piece) => piece.html).join('')) ? [] : wrapBlock('li', blockContent(pieces));
  });
  return wrapBlock(tagOf(node), items.map((item) => item.html).join(''));
}

function convertFormatting(node: PasteNode, tag: string, report: Walk): Piece[] {
  let pieces = convertChildren(node, report);
  const weight = styleValue(node, 'font-weight');
  const bold = weight === '' ? BOLD.has(tag) : /^(bold|bolder|[6-9]00)$/.test(weight);
  const italic = ITALIC.has(tag) || /^(italic|oblique)/.test(styleValue(node, 'font-style'));
  if (italic) pieces = wrapInline('em', pieces);
  if (bold) pieces = wrapInline('strong', pieces);
  return pieces;
}

function convertElement(node: PasteNode, report: Walk): Piece[] {
  const tag = tagOf(node);
  if (tag === 'figure') {
    const figure = hasClass(node, 'nd-figure') ? keptFigure(node) : webFigure(node, report.pictures);
    if (figure !== null) return [{ html: figure, block: true }];
  }
  if (tag === 'img') {
    const figure = storedFigure(node, report.pictures);
    if (figure !== null) return [{ html: figure, block: true }];
  }
  if (IMAGES.has(tag) || tag.startsWith('v:')) {
    report.droppedImages += 1;
    return [];
  }
  if (DROPPED.has(tag) || tag.includes(':')) return [];
  if (styleValue(node, 'mso-list') === 'ignore' || styleValue(node, 'display') === 'none' || (node.getAttribute?.('hidden') ?? null) !== null) return [];
  if (tag === 'div' && hasClass(node, 'nd-ad')) return convertAd(node);
  if (tag === 'aside' && hasClass(node, 'nd-related')) return convertRelated(node, report);
  if (tag === 'p' && /\bMso(Intense)?Quote\b/.test(attributeOf(node, 'class'))) return wrapBlock('blockquote', blockContent(convertChildren(node, report)));
  const heading = tag === 'p' && hasClass(node, 'MsoTitle') ? 'h2' : HEADINGS[tag];
  if (heading) return wrapBlock(heading, convertChildren(node, report).map((piece) => piece.html).join(''));
  if (tag === 'ul' || tag === 'ol') return convertList(node, report);
  if (tag === 'li' || tag === 'blockquote') return wrapBlock(tag, blockContent(convertChildren(node, report)));
  if (tag === 'br') return [{ html: '<br>', block: false }];
  if (tag === 'a') return convertLink(node, report);
  if (PARAGRAPHS.has(tag) || CONTAINERS.has(tag)) {
    const pieces = convertChildren(node, report);
    return pieces.some((piece) => piece.block) ? [{ html: blockContent(pieces), block: true }] : wrapBlock('p', pieces.map((piece) => piece.html).join(''));
  }
  return convertFormatting(node, tag, report);
}

function convertNode(node: PasteNode, report: Walk): Piece[] {
  if (node.nodeType === TEXT_NODE) return [{ html: escapeHtml((node.nodeValue ?? '').replace(/[\r\n\t]+/g, ' ')), block: false }];
  if (node.nodeType !== ELEMENT_NODE) return [];
  return convertElement(node, report);
}

/** One list of Word's flat list paragraphs, from `start`, at `level`; deeper paragraphs nest in the item before. */
function nestWordList(items: PasteNode[], start: number, level: number, report: Walk): { html: string; next: number } {
  const ordered = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]$/i.test(wordListMarker(items[start]));
  const list = items[start] ? wordListPosition(items[start]).list : '';
  let html = '';
  let index = start;
  while (index < items.length) {
    const item = items[index];
    if (!item) break;
    const position = wordListPosition(item);
    if (position.level < level || (position.level === level && index > start && position.list !== list)) break;
    if (position.level > level) {
      const nested = nestWordList(items, index, position.level, report);
      html = html.endsWith('</li>') ? `${html.slice(0, -'</li>'.length)}${nested.html}</li>` : `${html}<li>${nested.html}</li>`;
      index = nested.next;
      continue;
    }
    html += wrapBlock('li', blockContent(convertChildren(item, report)))[0]?.html ?? '';
    index += 1;
  }
  return { html: wrapBlock(ordered ? 'ol' : 'ul', html)[0]?.html ?? '', next: index };
}

function convertWordList(items: PasteNode[], report: Walk): Piece[] {
  const pieces: Piece[] = [];
  for (let index = 0; index < items.length; ) {
    const first = items[index];
    if (!first) break;
    const nested = nestWordList(items, index, wordListPosition(first).level, report);
    if (nested.html !== '') pieces.push({ html: nested.html, block: true });
    index = nested.next > index ? nested.next : index + 1;
  }
  return pieces;
}

function convertChildren(node: PasteNode, report: Walk): Piece[] {
  const children = childrenOf(node);
  const pieces: Piece[] = [];
  let skipping = false;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (!child) continue;
    if (child.nodeType === COMMENT_NODE) {
      const text = child.nodeValue ?? '';
      if (/\[if !supportLists\]/i.test(text)) skipping = true;
      else if (/\[endif\]/i.test(text)) skipping = false;
      continue;
    }
    if (skipping) continue;
    if (isWordListParagraph(child)) {
      const items = [child];
      while (index + 1 < children.length) {
        const next = children[index + 1];
        if (next && isWordListParagraph(next)) items.push(next);
        else if (!(next && next.nodeType === TEXT_NODE && (next.nodeValue ?? '').trim() === '')) break;
        index += 1;
      }
      pieces.push(...convertWordList(items, report));
      continue;
    }
    pieces.push(...convertNode(child, report));
  }
  return pieces;
}

/**
 * Turns HTML from the clipboard (Word, Google Docs, LibreOffice, web pages) or an imported file into
 * the article's own markup: paragraphs, h2/h3, quotes, lists, links with allowed schemes, bold, italic,
 * line breaks, the ad-slot and related-link blocks, and figures: the editor's own, and pictures the
 * caller already stored (`pictures`, by their `src`). Styles, classes, fonts, comments, hidden and
 * tracking elements, other images and empty paragraphs go. Works in the browser and, given happy-dom's
 * parser, in Node.
 */
export function cleanPastedHtml(html: string, parser: HtmlParser, pictures?: PictureSources): CleanedHtml {
  const body = parser.parseFromString(html, 'text/html').body;
  return body ? cleanPastedBody(body, pictures) : { html: '', removedLinks: [], droppedImages: 0 };
}

/** The same cleanup for a document body that is already parsed (an imported file). */
export function cleanPastedBody(body: PasteNode, pictures?: PictureSources): CleanedHtml {
  const walk: Walk = { removedLinks: [], droppedImages: 0, ...(pictures ? { pictures } : {}) };
  const html = blockContent(convertChildren(body, walk));
  return { html, removedLinks: walk.removedLinks, droppedImages: walk.droppedImages };
}
