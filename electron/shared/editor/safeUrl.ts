/** URL kinds the website accepts. Links may also be mail and phone; related links only web pages. */
export type UrlPolicy = 'link' | 'related';

const MAX_URL_LENGTH = 2048;
const schemesFor: Record<UrlPolicy, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:', 'tel:'],
  related: ['http:', 'https:'],
};

/** Strips what browsers ignore in a URL (control characters, whitespace) so `java\tscript:` is seen for what it is. */
function normalise(raw: string): string {
  // eslint-disable-next-line no-control-regex -- browsers ignore these characters in URLs, so they must be matched to be stripped
  return raw.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
}

/**
 * Returns the URL when it is allowed by the policy, else null. Site-relative paths (`/world/x`) are
 * allowed; protocol-relative (`//host`) and every other scheme (javascript:, data:, vbscript:, file:) are not.
 */
export function safeUrl(raw: unknown, policy: UrlPolicy = 'link'): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return null;
  const compact = normalise(trimmed);
  if (compact.startsWith('/')) {
    if (compact.startsWith('//') || compact.startsWith('/\\')) return null;
    return /[\s<>"]/.test(trimmed) ? null : trimmed;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme?.[1]) return null;
  const protocol = `${scheme[1].toLowerCase()}:`;
  if (!schemesFor[policy].includes(protocol)) return null;
  if (protocol === 'http:' || protocol === 'https:') {
    try {
      const parsed = new URL(trimmed);
      return parsed.hostname === '' ? null : parsed.href;
    } catch {
      return null;
    }
  }
  return /[\s<>"]/.test(trimmed) ? null : trimmed;
}
