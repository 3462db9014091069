import { originOf } from './originOf';

/**
 * Whether an IPC message comes from the app's own page: the sender frame's URL must have exactly one
 * of the allowed origins (`app://newsdesk`, or the dev server's origin in development). Anything else,
 * a missing URL, `about:srcdoc` previews, `file:` pages or other sites, is refused.
 */
export function isTrustedSender(url: string | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (typeof url !== 'string' || url === '') return false;
  const origin = originOf(url);
  if (origin === null) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === origin);
}
