/**
 * The origin of a URL as `scheme://host[:port]`, or null when the URL has none. Node's URL gives the
 * opaque origin "null" for custom schemes such as `app:`, so the origin is put together by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}
