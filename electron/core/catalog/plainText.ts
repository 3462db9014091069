import { decodeHTML } from 'entities/decode';

/**
 * The readable text of a feed value that may hold HTML (a CDATA description, an escaped title):
 * tags and comments dropped, every HTML5 character reference decoded as a browser would (named ones
 * case-sensitive: `&Eacute;` is É, `&eacute;` é; numeric ones too), white space collapsed, capped at
 * `max` characters.
 */
export function plainText(value: string, max: number): string {
  const withoutMarkup = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  const text = decodeHTML(withoutMarkup)
    .replace(/<[^>]*>/g, ' ')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: feeds carry them and the catalog must not
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
