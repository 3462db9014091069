import { checkedImageId, creditName, figureText } from '../editor/nodes/figure';
import { attributeOf, childrenOf, ELEMENT_NODE, findDescendant, tagOf, type HtmlParser, type PasteNode } from './pasteDom';
import { escapeHtml } from '../model/escapeHtml';

/** A picture that came with pasted or imported copy, already stored: what the figure needs of it. */
export type StoredPicture = { id: string; caption: string; credit: string; width: number; height: number };

/** Pictures already stored, by the `src` they had in the pasted or imported HTML. */
export type PictureSources = ReadonlyMap<string, StoredPicture>;

function collect(node: PasteNode, sources: Set<string>): void {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (tagOf(child) === 'img') {
      const src = attributeOf(child, 'src').trim();
      if (src !== '') sources.add(src);
    }
    collect(child, sources);
  }
}

/** Every `img` source in a piece of HTML, once each and in order, so the caller can store the pictures first. */
export function pictureSources(html: string, parser: HtmlParser): string[] {
  const body = parser.parseFromString(html, 'text/html').body;
  const sources = new Set<string>();
  if (body) collect(body, sources);
  return [...sources];
}

function figureMarkup(id: string, alt: string, caption: string, credit: string, size: { width: number; height: number } | null): string {
  const sizeAttributes = size === null ? '' : ` width="${size.width}" height="${size.height}"`;
  const captionSpan = caption === '' ? '' : `<span class="nd-caption">${escapeHtml(caption)}</span>`;
  const creditSpan = credit === '' ? '' : `<span class="nd-credit">${escapeHtml(credit)}</span>`;
  const figcaption = captionSpan + creditSpan === '' ? '' : `<figcaption>${captionSpan}${creditSpan}</figcaption>`;
  return `<figure class="nd-figure" data-image-id="${escapeHtml(id)}"><img alt="${escapeHtml(alt)}"${sizeAttributes}>${figcaption}</figure>`;
}

const oneLine = (value: string | null | undefined, max: number) => figureText(value ?? '', max).trim();

/** A figure the editor itself wrote (copied within Newsdesk): kept as it is, its words checked. */
export function keptFigure(node: PasteNode): string | null {
  const id = checkedImageId(attributeOf(node, 'data-image-id'));
  if (id === null) return null;
  const image = findDescendant(node, (candidate) => tagOf(candidate) === 'img');
  const caption = figureText(findDescendant(node, (candidate) => attributeOf(candidate, 'class').split(/\s+/).includes('nd-caption'))?.textContent ?? '', 2000, false).trim();
  const credit = creditName(oneLine(findDescendant(node, (candidate) => attributeOf(candidate, 'class').split(/\s+/).includes('nd-credit'))?.textContent, 300));
  const width = Number(image ? attributeOf(image, 'width') : '');
  const height = Number(image ? attributeOf(image, 'height') : '');
  const size = Number.isInteger(width) && width > 0 && Number.isInteger(height) && height > 0 ? { width, height } : null;
  return figureMarkup(id, oneLine(image ? attributeOf(image, 'alt') : '', 500), caption, credit, size);
}

/**
 * The figure for a pasted or imported `img` whose picture was stored (null when it was not): alt
 * from the image, caption from its title, the enclosing figure's figcaption or the photo's own,
 * credit from the photo's own by-line.
 */
export function storedFigure(image: PasteNode, pictures: PictureSources | undefined, figcaption = ''): string | null {
  const picture = pictures?.get(attributeOf(image, 'src').trim());
  if (picture === undefined) return null;
  const caption = oneLine(attributeOf(image, 'title'), 2000) || figcaption || picture.caption;
  return figureMarkup(picture.id, oneLine(attributeOf(image, 'alt'), 500), caption, picture.credit, { width: picture.width, height: picture.height });
}

/** A web page's `<figure>` around a stored picture: the picture with its figcaption as caption; null otherwise. */
export function webFigure(node: PasteNode, pictures: PictureSources | undefined): string | null {
  const image = findDescendant(node, (candidate) => tagOf(candidate) === 'img');
  if (image === null) return null;
  const figcaption = findDescendant(node, (candidate) => tagOf(candidate) === 'figcaption');
  return storedFigure(image, pictures, oneLine(figcaption?.textContent, 2000));
}
