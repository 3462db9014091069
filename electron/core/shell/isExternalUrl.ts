const externalProtocols = new Set(['http:', 'https:', 'mailto:']);
const maximumLength = 2048;

/**
 * Whether a URL may be handed to the system browser or mail client: http, https or mailto only,
 * with no user name or password in it and of sane length. `file:`, `javascript:`, custom schemes and
 * anything unparsable are refused.
 */
export function isExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > maximumLength) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!externalProtocols.has(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.protocol === 'mailto:' || parsed.hostname !== '';
}
