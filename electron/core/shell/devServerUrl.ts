/**
 * The Vite dev server to load instead of the built page, or null. Only honoured in an unpackaged app,
 * and only for an http URL on this machine (localhost, 127.0.0.1 or [::1]), so a stray environment
 * variable can never point the packaged app at a remote page.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'http:' || !local || url.username !== '' || url.password !== '') return null;
  return url;
}
