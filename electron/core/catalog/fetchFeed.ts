import { AppError } from '../../shared/contract/result';
import { decodeFeedBytes } from './decodeFeedBytes';

/** Limits of a feed download. */
export type FetchFeedOptions = { timeoutMs?: number; maxBytes?: number };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const networkCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'UND_ERR_SOCKET']);

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function causeCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return '';
}

function networkError(error: unknown, url: URL, timedOut: boolean, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  if (timedOut) {
    const seconds = timeoutMs / 1000;
    return new AppError('network', `${url.host} did not answer within ${seconds} second${seconds === 1 ? '' : 's'}. Try again later.`);
  }
  const code = causeCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new AppError('network', `Could not find ${url.hostname}: the computer may be offline, or the address is wrong.`);
  }
  if (networkCodes.has(code)) return new AppError('network', `Could not connect to ${url.host} (${code}): the computer may be offline, or the site is down.`);
  return new AppError('network', `Could not download the feed from ${url.host}: the connection failed.`);
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('invalid_input', 'That is not a web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('invalid_input', 'Feeds are fetched over http or https only.');
  return url;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new AppError('unreadable_input', `The feed is too large (${megabytes(declared)}; the limit is ${megabytes(maxBytes)}).`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('unreadable_input', `The feed is too large (over ${megabytes(maxBytes)}).`);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads a feed, for the main process only (the renderer never reaches the network): http(s)
 * only, a time-out for the whole download, and a size limit checked while streaming. Every failure
 * is an AppError in plain words: offline or unknown host, time-out, HTTP status, too large.
 */
export async function fetchFeed(rawUrl: string, options: FetchFeedOptions = {}): Promise<{ url: string; text: string }> {
  const url = checkedUrl(rawUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'Newsdesk' },
    });
    if (!response.ok) {
      throw new AppError('network', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}.`);
    }
    const bytes = await readLimited(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return { url: response.url || url.href, text: decodeFeedBytes(bytes, response.headers.get('content-type')) };
  } catch (error) {
    throw networkError(error, url, timedOut, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
