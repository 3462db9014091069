import { Node } from '@tiptap/core';
import { insertBlockEmbed } from './blockEmbed';
import { ImageId, imageFileName, imageVariantWidths, type ImageFormat } from '../../model/image';

const ALT_MAX = 500;
const CAPTION_MAX = 2000;
const CREDIT_MAX = 300;
const RELATIVE_IMAGE = /^images\/[0-9a-f]{64}-[1-9][0-9]{0,4}\.(jpg|png|webp|gif)$/;

export type FigureOptions = {
  /** `editor` shows the stored copy through the app's protocol; `export` writes the contract's markup. */
  output: 'editor' | 'export';
};

/** The attributes a figure keeps in the draft: the picture by id and its words. */
export type FigureAttributes = {
  image: string | null;
  alt: string;
  caption: string;
  credit: string;
  /** The full size, so the editor keeps the picture's shape before it loads. */
  width: number | null;
  height: number | null;
};

/** What export sets on a figure before rendering (never stored): the copy files, sizes and loading. */
export type FigureExportAttributes = {
  src: string | null;
  srcset: string | null;
  exportWidth: number | null;
  exportHeight: number | null;
  lazy: boolean;
  lead: boolean;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a picture at the cursor as a figure (one undo step). */
      insertFigure: (attributes: { image: string; alt?: string; caption?: string; credit?: string; width?: number; height?: number }) => ReturnType;
    };
  }
}

/** Text for an attribute: one line for alt and credit, trimmed to its limit; '' for anything else. */
export function figureText(value: unknown, max: number, oneLine = true): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex -- control characters never belong in a caption
  const clean = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return (oneLine ? clean.replace(/\s+/g, ' ') : clean).slice(0, max);
}

/** The image id when it is one, else null (the figure then has no picture and is dropped on export). */
export function checkedImageId(value: unknown): string | null {
  const parsed = ImageId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function checkedSize(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= 100_000 ? number : null;
}

/** "Photo: NAME" for a bare name; a credit that already says what it is ("Illustration: …") stays. */
export function creditLine(credit: string): string {
  return /^[\p{L} ]{1,24}:\s/u.test(credit) ? credit : `Photo: ${credit}`;
}

/** Takes "Photo: " or "Credit: " off the front of a credit read back from markup or copy. */
export function creditName(text: string): string {
  return text.replace(/^\s*(photo|credit|picture|image)\s*:\s*/i, '').trim();
}

/** The address of a stored copy as the page loads it (`images/<hex>-<width>`, served by the app). */
export function editorImageSource(id: string, width: number): string {
  return `images/${id.slice('sha256-'.length)}-${width}`;
}

/** Export's file for a copy (relative) — the one name the page, the folder and srcset use. */
export function exportImagePath(id: string, width: number, format: ImageFormat, base: string): string {
  return `${base}${imageFileName(id, width, format)}`;
}

function safeImageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (RELATIVE_IMAGE.test(value)) return value;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !/[\s"<>]/.test(value) ? url.href : null;
  } catch {
    return null;
  }
}

function safeSrcset(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const entries = value.split(', ').map((entry) => /^(\S+) ([1-9][0-9]{0,4})w$/.exec(entry));
  const checked = entries.map((entry) => (entry?.[1] !== undefined && safeImageUrl(entry[1]) !== null ? `${safeImageUrl(entry[1])} ${entry[2]}w` : null));
  return checked.length > 0 && checked.every((entry) => entry !== null) ? checked.join(', ') : null;
}

type Spec = [string, Record<string, string>, ...unknown[]];

function captionSpec(attrs: Record<string, unknown>): Spec | null {
  const caption = figureText(attrs.caption, CAPTION_MAX, false).trim();
  const credit = figureText(attrs.credit, CREDIT_MAX).trim();
  if (caption === '' && credit === '') return null;
  const parts: unknown[] = [];
  if (caption !== '') parts.push(['span', { class: 'nd-caption' }, caption]);
  if (caption !== '' && credit !== '') parts.push(' ');
  if (credit !== '') parts.push(['span', { class: 'nd-credit' }, creditLine(credit)]);
  return ['figcaption', {}, ...parts];
}

function exportImageSpec(attrs: Record<string, unknown>, alt: string): Spec | null {
  const src = safeImageUrl(attrs.src);
  const width = checkedSize(attrs.exportWidth);
  const height = checkedSize(attrs.exportHeight);
  if (src === null || width === null || height === null) return null;
  const image: Record<string, string> = { src, alt, width: String(width), height: String(height) };
  if (attrs.lazy === true) image.loading = 'lazy';
  image.decoding = 'async';
  const srcset = safeSrcset(attrs.srcset);
  if (srcset !== null) {
    image.srcset = srcset;
    image.sizes = '(max-width: 700px) 100vw, 700px';
  }
  return ['img', image];
}

/**
 * The figure as markup, checked again here whatever the attributes hold: in the editor a figure
 * showing its stored copy; for export the contract's `figure.nd-figure` with `img` (width, height,
 * srcset, lazy after the first) and `figcaption` when there are words. Without a picture: nothing.
 */
export function figureSpec(attrs: Record<string, unknown>, output: FigureOptions['output']): Spec | null {
  const id = checkedImageId(attrs.image);
  if (id === null) return null;
  const alt = figureText(attrs.alt, ALT_MAX).trim();
  const caption = captionSpec(attrs);
  if (output === 'export') {
    const image = exportImageSpec(attrs, alt);
    if (image === null) return null;
    const className = attrs.lead === true ? 'nd-figure nd-lead' : 'nd-figure';
    return ['figure', { class: className, 'data-image-id': id }, image, ...(caption ? [caption] : [])];
  }
  const width = checkedSize(attrs.width);
  const height = checkedSize(attrs.height);
  const size: Record<string, string> = width !== null && height !== null ? { width: String(width), height: String(height) } : {};
  const image: Spec = ['img', { src: editorImageSource(id, imageVariantWidths[1]), alt, ...size }];
  return ['figure', { class: 'nd-figure', 'data-image-id': id }, image, ...(caption ? [caption] : [])];
}

/** A photo between blocks of the body: the stored picture by id, its caption, credit and alt text. */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { output: 'editor' };
  },

  addAttributes() {
    return {
      image: { default: null, validate: 'string|null', parseHTML: (element) => checkedImageId(element.getAttribute('data-image-id')), rendered: false },
      alt: { default: '', parseHTML: (element) => figureText(element.querySelector('img')?.getAttribute('alt'), ALT_MAX).trim(), rendered: false },
      caption: { default: '', parseHTML: (element) => figureText(element.querySelector('.nd-caption')?.textContent, CAPTION_MAX, false).trim(), rendered: false },
      credit: { default: '', parseHTML: (element) => creditName(figureText(element.querySelector('.nd-credit')?.textContent, CREDIT_MAX)), rendered: false },
      width: { default: null, validate: 'number|null', parseHTML: (element) => checkedSize(element.querySelector('img')?.getAttribute('width')), rendered: false },
      height: { default: null, validate: 'number|null', parseHTML: (element) => checkedSize(element.querySelector('img')?.getAttribute('height')), rendered: false },
      src: { default: null, validate: 'string|null', parseHTML: () => null, rendered: false },
      srcset: { default: null, validate: 'string|null', parseHTML: () => null, rendered: false },
      exportWidth: { default: null, validate: 'number|null', parseHTML: () => null, rendered: false },
      exportHeight: { default: null, validate: 'number|null', parseHTML: () => null, rendered: false },
      lazy: { default: false, parseHTML: () => false, rendered: false },
      lead: { default: false, parseHTML: () => false, rendered: false },
    };
  },

  parseHTML() {
    return [{ tag: 'figure.nd-figure[data-image-id]', getAttrs: (element) => (checkedImageId(element.getAttribute('data-image-id')) === null ? false : null) }];
  },

  renderHTML({ node }) {
    // A figure whose picture is unknown renders as an empty span, which parses back to nothing.
    return figureSpec(node.attrs, this.options.output) ?? ['span', {}];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ tr }) => {
          const image = checkedImageId(attributes.image);
          if (image === null) return false;
          // Like every card: its own undo step, the caret in the paragraph after it, so the next
          // key or the next picture never replaces it.
          return insertBlockEmbed(
            tr,
            this.type.create({
              image,
              alt: figureText(attributes.alt, ALT_MAX),
              caption: figureText(attributes.caption, CAPTION_MAX, false),
              credit: figureText(attributes.credit, CREDIT_MAX),
              width: checkedSize(attributes.width),
              height: checkedSize(attributes.height),
            }),
          );
        },
    };
  },
});
