import sanitizeHtml from 'sanitize-html';
import { safeUrl } from '../../shared/editor/safeUrl';

/** The contract's classes, and nothing else, per element. */
const allowedClasses: Record<string, string[]> = {
  article: ['nd-article'],
  header: ['nd-header'],
  p: ['nd-kicker', 'nd-dek', 'nd-byline', 'nd-author-bio'],
  h1: ['nd-headline'],
  span: ['nd-author', 'nd-dateline', 'nd-ad-label', 'nd-related-label', 'nd-caption', 'nd-credit'],
  figure: ['nd-figure', 'nd-lead'],
  time: ['nd-published'],
  div: ['nd-body', 'nd-ad'],
  aside: ['nd-related'],
};

/** `dir` only with the values the export writes. */
const dir: sanitizeHtml.AllowedAttribute = { name: 'dir', multiple: false, values: ['ltr', 'rtl', 'auto'] };

const allowedAttributes: Record<string, sanitizeHtml.AllowedAttribute[]> = {
  article: ['class', 'lang', 'data-newsdesk-id', 'data-slug', dir],
  header: ['class'],
  p: ['class', dir],
  h1: ['class', dir],
  h2: [dir],
  h3: [dir],
  li: [dir],
  span: ['class', dir],
  time: ['class', 'datetime'],
  div: ['class', 'data-ad-slot', 'data-ad-format', 'data-ad-size'],
  aside: ['class'],
  a: ['href', dir],
  figure: ['class', 'data-image-id'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  figcaption: [],
};

const options: sanitizeHtml.IOptions = {
  allowedTags: ['article', 'header', 'p', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'span', 'time', 'div', 'aside', 'figure', 'img', 'figcaption'],
  allowedAttributes,
  allowedClasses,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    img: (tagName, attribs) => {
      // An image without alt text, or whose address is not the site's, is not the contract's figure.
      const src = attribs.src ?? '';
      const allowed = /^images\/[0-9a-f]{64}-\d+\.(jpg|png|webp|gif)$/.test(src) || /^https?:\/\//i.test(src);
      return allowed && (attribs.alt ?? '').trim() !== '' ? { tagName, attribs } : { tagName: 'span', attribs: {} };
    },
    a: (tagName, attribs) => {
      const href = safeUrl(attribs.href, 'link');
      const checked: sanitizeHtml.Attributes = href === null ? {} : { href };
      if (attribs.dir !== undefined) checked.dir = attribs.dir;
      return { tagName, attribs: checked };
    },
  },
};

/**
 * The allow-list every exported article passes through: exactly the contract's elements, attributes
 * and classes; only http, https, mailto, tel and site-relative URLs (pictures: `images/…` or http(s)). Whatever else is in the input,
 * markup or not, leaves as text or not at all.
 */
export function sanitiseArticle(html: string): string {
  return sanitizeHtml(html, options);
}
