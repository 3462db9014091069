import { safeUrl } from '../../shared/editor/safeUrl';

/** A parsed XML value: text, a number, an element object or a list of them. */
export type XmlValue = unknown;

/** The text of an element whatever shape the parser gave it (`#text`, a list, a number). */
export function textOf(value: XmlValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text.trim() !== '') return text;
    }
    return '';
  }
  if (typeof value === 'object' && value !== null && '#text' in value) return textOf(value['#text']);
  return '';
}

/** The value under `key` of an element object, or undefined. */
export function child(value: XmlValue, key: string): XmlValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** A list whatever the parser gave: nothing, one element or many. */
export function listOf(value: XmlValue): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** An attribute of an element object (`@_name`). */
export function attributeOf(value: XmlValue, name: string): string {
  return textOf(child(value, `@_${name}`));
}

/** RFC 822 (`Fri, 27 Jan 2023 10:00:00 GMT`) or ISO 8601 to an ISO time; null when it is not a date. */
export function isoDate(value: XmlValue): string | null {
  const text = textOf(value).trim();
  if (text === '' || text.length > 64) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 9999 ? new Date(time).toISOString() : null;
}

/**
 * An article URL the catalog may keep: resolved against the feed's own address when relative,
 * http(s) only (javascript:, data: and the rest are dropped), without its fragment and `utm_` tags.
 */
export function articleUrl(raw: XmlValue, base: string | null): string | null {
  const text = textOf(raw).trim();
  if (text === '') return null;
  let resolved: URL;
  try {
    resolved = base === null ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  resolved.hash = '';
  for (const key of [...resolved.searchParams.keys()]) {
    if (key.toLowerCase().startsWith('utm_')) resolved.searchParams.delete(key);
  }
  return safeUrl(resolved.href, 'related');
}
